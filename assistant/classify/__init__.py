"""Classifying projects into the unified taxonomy: rules, neighbours, the evidence model, knowledge-base evidence,
the crosswalk (KCN, export model, OECD DAC CRS codes), the LLM classifier, batch files and portfolio reports."""
