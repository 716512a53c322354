"""Tests for bot/nlp/."""
