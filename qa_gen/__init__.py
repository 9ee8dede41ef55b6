"""qa-gen: news articles in, validated extractive QA datasets (SQuAD format) out.

Library first; the ``qa-gen`` CLI is a thin layer over these functions::

    from qa_gen import build, load_config
    result = build(["news.jsonl"], load_config(limit=50), "output/news")
    print(result.manifest.counts)
"""

__version__ = "0.1.0"

from .answer_aware import generate_questions  # noqa: E402
from .config import BuildConfig, load_config  # noqa: E402
from .errors import QAGenError  # noqa: E402
from .ingest import read_inputs  # noqa: E402
from .models import SCHEMA_VERSION, Article, Manifest, QAExample, Rejection  # noqa: E402
from .pipeline import build  # noqa: E402

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "BuildConfig",
    "Manifest",
    "QAExample",
    "QAGenError",
    "Rejection",
    "__version__",
    "build",
    "generate_questions",
    "load_config",
    "read_inputs",
]
