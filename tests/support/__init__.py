"""Test helpers: a fake Slack Web API, signed request senders, a local article server, sample briefs."""
