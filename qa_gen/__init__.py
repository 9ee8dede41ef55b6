"""qa-gen: news articles in, validated extractive QA datasets out."""

__version__ = "0.1.0"
