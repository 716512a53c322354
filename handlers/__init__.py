"""Slack glue: parse the payload, ack, call ``bot``. Nothing here does real work."""
