"""Tests for bot/render/."""
