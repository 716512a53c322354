"""Output for people: Slack digests and roundups, the terminal view, the chart."""
