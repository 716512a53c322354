"""``brief serve``: the Slack bot, contributed to the ``brief`` command through the
``newsroom_brief.commands`` entry point group (see ``bot.cli.build_parser``)."""

from __future__ import annotations

import argparse

from bot.config import SETTING_BY_FIELD


def cmd_serve(args: argparse.Namespace, ctx) -> int:
    from handlers.serve import serve_http, serve_socket

    if args.socket:
        return serve_socket(ctx.settings)
    return serve_http(ctx.settings, args.port or ctx.settings.port, host=args.host)


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "serve",
        help="run the Slack bot (Socket Mode or HTTP)",
        description="Run the Slack bot. --socket: Socket Mode (needs SLACK_APP_TOKEN). "
        "--http: HTTP on waitress, endpoints /slack/events and /healthz (needs SLACK_SIGNING_SECRET).",
    )
    mode = p.add_mutually_exclusive_group(required=True)
    mode.add_argument("--socket", action="store_true", help="Socket Mode (needs SLACK_APP_TOKEN)")
    mode.add_argument("--http", action="store_true", help="HTTP mode on waitress")
    p.add_argument(
        "--port",
        type=int,
        default=None,
        help=f"port for --http (default: PORT, {SETTING_BY_FIELD['port'].default})",
    )
    p.add_argument("--host", default="0.0.0.0", help="address for --http to listen on (default 0.0.0.0)")
    p.set_defaults(func=cmd_serve)
