"""Tests for bot/roundup/."""
