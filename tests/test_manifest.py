"""manifest.yml asks for exactly the scopes, events and commands the code uses."""

import re

import yaml

from tests.conftest import ROOT

MANIFEST = yaml.safe_load((ROOT / "manifest.yml").read_text(encoding="utf-8"))
HANDLERS = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "handlers").rglob("*.py")))

# Web API methods the handlers may call → the bot scope(s) each needs (None: no scope; a tuple: every
# one of them, as for the conversations.* methods that read public and private channels alike).
METHOD_SCOPES = {
    "chat_postMessage": "chat:write",
    "chat_postEphemeral": "chat:write",
    "chat_update": "chat:write",
    "chat_delete": "chat:write",
    "chat_getPermalink": None,
    "reactions_add": "reactions:write",
    "reactions_remove": "reactions:write",
    "files_upload_v2": "files:write",
    "files_getUploadURLExternal": "files:write",
    "files_completeUploadExternal": "files:write",
    "conversations_info": ("channels:read", "groups:read"),
    "conversations_members": ("channels:read", "groups:read"),
    "users_conversations": ("channels:read", "groups:read"),
    "views_publish": None,
    "conversations_history": "channels:history",
    "conversations_replies": "channels:history",
    "users_info": "users:read",
    "auth_test": None,
    "send_dict": None,  # WebhookClient: posts to a response_url, no scope
}
# Events the handlers listen to → (bot events to subscribe, scopes they need).
EVENT_SUBSCRIPTIONS = {
    "message": ({"message.channels", "message.groups"}, {"channels:history", "groups:history"}),
    "app_mention": ({"app_mention"}, {"app_mentions:read"}),
    "app_home_opened": ({"app_home_opened"}, set()),
}


def used_methods() -> set[str]:
    return set(re.findall(r"\bclient\.([a-z]+_[A-Za-z0-9_]+)\(", HANDLERS))


def used_events() -> set[str]:
    return set(re.findall(r'app\.event\("([a-z_.]+)"\)', HANDLERS))


def used_commands() -> set[str]:
    return set(re.findall(r'app\.command\("(/[a-z_-]+)"\)', HANDLERS))


def test_every_method_used_is_known():
    unknown = used_methods() - set(METHOD_SCOPES)
    assert not unknown, f"add these Web API methods (and their scopes) to the table: {sorted(unknown)}"


def test_scopes_are_exactly_what_the_code_needs():
    needed: set[str] = set()
    for method in used_methods():
        scopes = METHOD_SCOPES[method]
        needed |= set(scopes) if isinstance(scopes, tuple) else {scopes} - {None}
    for event in used_events():
        needed |= EVENT_SUBSCRIPTIONS[event][1]
    if used_commands():
        needed.add("commands")
    assert set(MANIFEST["oauth_config"]["scopes"]["bot"]) == needed


def test_events_are_exactly_what_the_code_listens_to():
    subscribed = set(MANIFEST["settings"]["event_subscriptions"]["bot_events"])
    expected = set().union(*(EVENT_SUBSCRIPTIONS[e][0] for e in used_events()))
    assert subscribed == expected


def test_commands_are_exactly_what_the_code_registers():
    commands = {c["command"] for c in MANIFEST["features"]["slash_commands"]}
    assert commands == used_commands() == {"/brief"}


def test_interactivity_is_on_for_the_share_button():
    assert "app.action(" in HANDLERS
    assert MANIFEST["settings"]["interactivity"]["is_enabled"] is True


def used_shortcuts() -> set[str]:
    """Callback ids of the shortcuts the handlers listen to (``app.shortcut(CALLBACK_ID)``)."""
    found = set()
    for name in re.findall(r"app\.shortcut\(([A-Za-z_\"']+)\)", HANDLERS):
        if name.strip("\"'") != name:
            found.add(name.strip("\"'"))
        else:
            found |= set(re.findall(rf"^{name} = \"([a-z_]+)\"", HANDLERS, re.M))
    return found


def test_shortcuts_are_exactly_what_the_code_listens_to():
    shortcuts = MANIFEST["features"]["shortcuts"]
    assert {s["callback_id"] for s in shortcuts} == used_shortcuts() == {"brief_this_message"}
    [shortcut] = shortcuts
    assert shortcut["type"] == "message" and shortcut["name"] == "Brief this message"
    assert len(shortcut["description"]) <= 80


def test_app_home_is_on_when_the_code_publishes_it():
    assert ("views_publish" in used_methods()) == MANIFEST["features"]["app_home"]["home_tab_enabled"]
    assert "app_home_opened" in used_events()
