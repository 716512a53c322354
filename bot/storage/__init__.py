"""Redis: the keys, the connection, a channel's history and who is who."""
