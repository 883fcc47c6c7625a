"""LangChain adapter: the knowledge base as a `BaseRetriever`, so it plugs into LangChain chains."""
from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from kb.records import Filters


class KnowledgeBaseRetriever(BaseRetriever):
    """`KnowledgeBaseRetriever(kb=KnowledgeBase.open(settings), k=5).invoke("질문")` → Documents whose
    metadata carry the citation fields (doc_id, title, page, section, chunk_id, score)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    kb: Any
    k: int = 5
    filters: Filters = Filters()
    mode: str = "hybrid"

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        hits = self.kb.search(query, k=self.k, filters=self.filters, mode=self.mode)
        return [
            Document(
                page_content=h.chunk.text,
                metadata={key: value for key, value in h.to_json().items() if key != "text"},
            )
            for h in hits
        ]
