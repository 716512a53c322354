"""Every Lua script Newsroom Brief runs in Redis, and their registration, once per connection.

Scripts make a read-decide-write step atomic (claims, locks, recording an article) or cut round trips
(batched reads). Each is registered once per Redis client (``scripts_for``): its SHA is computed once,
calls go as ``EVALSHA``, and redis-py loads the script again only if the server forgot it (a restart, a
``SCRIPT FLUSH``). Nobody calls ``EVAL`` with a script's text. Keys are always passed as ``KEYS`` (never
built inside a script), so they stay declared for Redis Cluster; ``bot/storage/store.py`` spells them.
"""

from __future__ import annotations

import threading
import weakref

import redis
from redis.commands.core import Script as _RedisScript

# -- claims and locks (``Store.claim``, ``renew_claim``, ``release_claim``; the roundup's period lock) --

# KEYS: the keys claimed together. ARGV: token, TTL (s). 1 when every key was free and is now ours.
CLAIM = """
for i, key in ipairs(KEYS) do
  if redis.call('EXISTS', key) == 1 then return 0 end
end
for i, key in ipairs(KEYS) do
  redis.call('SET', key, ARGV[1], 'EX', tonumber(ARGV[2]))
end
return 1
"""

# KEYS: the keys of our claim. ARGV: token, TTL (s). Extends it (or retakes it if it expired); 0 when
# another token or ``done`` holds any key.
RENEW = """
for i, key in ipairs(KEYS) do
  local v = redis.call('GET', key)
  if v and v ~= ARGV[1] then return 0 end
end
for i, key in ipairs(KEYS) do
  redis.call('SET', key, ARGV[1], 'EX', tonumber(ARGV[2]))
end
return 1
"""

# KEYS: keys to give back. ARGV: token. Compare-and-delete: deletes only the keys that still hold our
# token, in one step, so a lock that expired and was taken by someone else is never deleted by us.
RELEASE = """
for i, key in ipairs(KEYS) do
  if redis.call('GET', key) == ARGV[1] then redis.call('DEL', key) end
end
return 1
"""

# KEYS: a lock. ARGV: the value we read, the new value, TTL (s). Replaces the value only if it is still
# the one we read (a stale claim taken over by exactly one process). 1 when replaced.
TAKE_OVER = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3])
  return 1
end
return 0
"""

# -- a channel's history (``bot/storage/history.py``) ------------------------------------------------

# KEYS: index, article hash, hour bucket, day bucket, channel names, the article's fingerprint keys, then
# one actor sorted set per actor row. ARGV: id, when, retention (s), trim below, article TTL, hour bucket
# TTL, day bucket TTL, n fingerprints, fingerprints needed for "the same article", n article fields,
# the fields (name, value)..., per actor row: member, mentions, quote strength ('' without a quote).
# Returns {1, id} when recorded, {0, id of the article it already is} when not.
# Short: at most 60 actors and 16 fingerprints, each a few O(log n) commands.
RECORD_ARTICLE = """
local aid, ts, ttl, trim = ARGV[1], ARGV[2], ARGV[3], '(' .. ARGV[4]
local nf, need, n = tonumber(ARGV[8]), tonumber(ARGV[9]), tonumber(ARGV[10])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', trim)
redis.call('EXPIRE', KEYS[1], ttl)  -- a key that does not exist yet gets its expiry after the ZADD
if redis.call('ZSCORE', KEYS[1], aid) then return {0, aid} end
local counts = {}
for k = 6, 5 + nf do
  local other = redis.call('GET', KEYS[k])
  if other and redis.call('ZSCORE', KEYS[1], other) then
    counts[other] = (counts[other] or 0) + 1
    if counts[other] >= need then return {0, other} end
  end
end
redis.call('ZADD', KEYS[1], ts, aid)
redis.call('EXPIRE', KEYS[1], ttl)
local fields = {}
for i = 11, 10 + 2 * n do fields[#fields + 1] = ARGV[i] end
redis.call('HSET', KEYS[2], unpack(fields))
redis.call('EXPIRE', KEYS[2], ARGV[5])
for k = 6, 5 + nf do redis.call('SET', KEYS[k], aid, 'EX', ARGV[5]) end
local tsn = tonumber(ts)
local at = 11 + 2 * n
for k = 6 + nf, #KEYS do
  local member, mentions, strength = ARGV[at], tonumber(ARGV[at + 1]), ARGV[at + 2]
  at = at + 3
  for b = 3, 4 do
    local articles, total, quote = 1, mentions, nil
    local old = redis.call('HGET', KEYS[b], member)
    if old then
      local parts = {}
      for word in string.gmatch(old, '%S+') do parts[#parts + 1] = word end
      articles = tonumber(parts[1]) + 1
      total = tonumber(parts[2]) + mentions
      if parts[3] then quote = {parts[3], parts[4], parts[5]} end
    end
    if strength ~= '' then
      local s = tonumber(strength)
      if not quote then
        quote = {strength, ts, aid}
      else
        local qs, qt = tonumber(quote[1]), tonumber(quote[2])
        if s > qs or (s == qs and (tsn > qt or (tsn == qt and aid > quote[3]))) then
          quote = {strength, ts, aid}
        end
      end
    end
    local value = articles .. ' ' .. total
    if quote then value = value .. ' ' .. table.concat(quote, ' ') end
    redis.call('HSET', KEYS[b], member, value)
  end
  redis.call('ZADD', KEYS[k], ts, aid)
  redis.call('ZREMRANGEBYSCORE', KEYS[k], '-inf', trim)
  redis.call('EXPIRE', KEYS[k], ttl)
  redis.call('ZADD', KEYS[5], 'GT', ts, member)
end
redis.call('EXPIRE', KEYS[3], ARGV[6])
redis.call('EXPIRE', KEYS[4], ARGV[7])
redis.call('ZREMRANGEBYSCORE', KEYS[5], '-inf', trim)
redis.call('EXPIRE', KEYS[5], ttl)
return {1, aid}
"""

# Articles (declared keys, at most ``history.BATCH`` a call): the ARGV fields of each hash, as one JSON
# string (false for a missing field).
HASH_FIELDS = """
local out = {}
for i, key in ipairs(KEYS) do
  local values = redis.call('HMGET', key, unpack(ARGV))
  for j = 1, #ARGV do values[j] = values[j] or false end
  out[i] = values
end
return cjson.encode(out)
"""

# Hashes (declared keys, at most 24 a call) as one string each: ``field\tvalue`` lines.
HASHES = """
local out = {}
for i, key in ipairs(KEYS) do
  local flat = redis.call('HGETALL', key)
  local lines = {}
  for j = 1, #flat, 2 do lines[#lines + 1] = flat[j] .. '\\t' .. flat[j + 1] end
  out[i] = table.concat(lines, '\\n')
end
return out
"""

# Per actor (declared keys): its newest ARGV[3] article ids (with times) in [ARGV[2], ARGV[1]]
# (-1: all, 0: none) and, when ARGV[4] is given, whether it has any in [ARGV[5], ARGV[4]].
ZSET_RANGES = """
local out = {}
for i, key in ipairs(KEYS) do
  local line = ''
  if ARGV[3] ~= '0' then
    line = table.concat(redis.call('ZREVRANGEBYSCORE', key, ARGV[1], ARGV[2], 'WITHSCORES', 'LIMIT', 0, ARGV[3]), ' ')
  end
  if ARGV[4] ~= '' then
    local any = redis.call('ZREVRANGEBYSCORE', key, ARGV[4], ARGV[5], 'LIMIT', 0, 1)
    line = (#any > 0 and '1|' or '0|') .. line
  end
  out[i] = line
end
return out
"""


def refusal(error: redis.ResponseError) -> redis.ResponseError:
    """A write refused inside a script comes back as a generic script error; give it the type redis-py
    gives the same refusal outside one (``OutOfMemoryError``, ``ReadOnlyError``), so callers see one
    "Redis refuses writes" (``bot.storage.store.WRITE_REFUSED``)."""
    text = str(error)
    if type(error) is redis.ResponseError:
        if "OOM command not allowed" in text:
            return redis.exceptions.OutOfMemoryError(text)
        if "READONLY" in text:
            return redis.exceptions.ReadOnlyError(text)
    return error


class Script:
    """One registered script (``EVALSHA``, loaded on first use), its write refusals typed (``refusal``)."""

    def __init__(self, script: _RedisScript):
        self._script = script
        self.sha = script.sha

    def __call__(self, keys=None, args=None, client=None):
        try:
            return self._script(keys=keys, args=args, client=client)
        except redis.ResponseError as error:
            typed = refusal(error)
            if typed is error:
                raise
            raise typed from error


class Scripts:
    """The scripts registered on one client; call them as ``scripts.claim(keys=[...], args=[...])``.

    ``client=pipe`` runs one inside a pipeline (still as ``EVALSHA``).
    """

    def __init__(self, client: redis.Redis):
        self.claim: Script = Script(client.register_script(CLAIM))
        self.renew: Script = Script(client.register_script(RENEW))
        self.release: Script = Script(client.register_script(RELEASE))
        self.take_over: Script = Script(client.register_script(TAKE_OVER))
        self.record_article: Script = Script(client.register_script(RECORD_ARTICLE))
        self.hash_fields: Script = Script(client.register_script(HASH_FIELDS))
        self.hashes: Script = Script(client.register_script(HASHES))
        self.zset_ranges: Script = Script(client.register_script(ZSET_RANGES))


_registered: weakref.WeakKeyDictionary[redis.Redis, Scripts] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def scripts_for(client: redis.Redis) -> Scripts:
    """The scripts of ``client``, registered the first time it asks."""
    with _lock:
        scripts = _registered.get(client)
        if scripts is None:
            scripts = _registered[client] = Scripts(client)
        return scripts
