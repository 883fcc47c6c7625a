"""Answering questions: question analysis, passages, the extractive answerer, abstention, conflicts, conversation and the LLM answerer."""
