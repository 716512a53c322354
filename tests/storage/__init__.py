"""Tests for bot/storage/."""
