"""Classifying projects into the unified taxonomy: rules, neighbours, the evidence model, knowledge-base evidence, the LLM classifier and batch files."""
