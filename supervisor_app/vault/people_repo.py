"""Rows for teams, users and their roles, and agents with their extensions."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime

from supervisor_app.domain.people import Agent, Language, RoleGrant, Team, User
from supervisor_app.domain.roles import Role
from supervisor_app.vault.db import Connection
from supervisor_app.vault.migrations import sort_name


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# --- teams --------------------------------------------------------------------------------


def add_team(conn: Connection, name: str) -> Team:
    """Insert a team; the caller checked the name is free."""
    cur = conn.execute("INSERT INTO teams (name, created_at) VALUES (?, ?)", (name, _now()))
    return Team(int(cur.lastrowid or 0), name)


def teams(conn: Connection) -> list[Team]:
    """All teams by name."""
    rows = conn.execute("SELECT id, name FROM teams ORDER BY name COLLATE NOCASE").fetchall()
    return [Team(r[0], r[1]) for r in rows]


def team_by_name(conn: Connection, name: str) -> Team | None:
    """The team of that name (case-insensitive), if any."""
    row = conn.execute("SELECT id, name FROM teams WHERE name = ?", (name.strip(),)).fetchone()
    return Team(row[0], row[1]) if row else None


# --- users --------------------------------------------------------------------------------


def add_user(conn: Connection, name: str, display_name: str, grants: Iterable[RoleGrant]) -> User:
    """Insert a user with their role grants."""
    cur = conn.execute(
        "INSERT INTO users (name, display_name, created_at) VALUES (?, ?, ?)",
        (name, display_name, _now()),
    )
    user_id = int(cur.lastrowid or 0)
    set_grants(conn, user_id, grants)
    found = user_by_name(conn, name)
    assert found is not None
    return found


def set_grants(conn: Connection, user_id: int, grants: Iterable[RoleGrant]) -> None:
    """Replace a user's role grants."""
    conn.execute("DELETE FROM user_roles WHERE user_id = ?", (user_id,))
    conn.executemany(
        "INSERT INTO user_roles (user_id, role, team_id) VALUES (?, ?, ?)",
        [(user_id, g.role.value, g.team_id) for g in grants],
    )


def _grants(conn: Connection, user_id: int) -> frozenset[RoleGrant]:
    rows = conn.execute("SELECT role, team_id FROM user_roles WHERE user_id = ?", (user_id,))
    return frozenset(RoleGrant(Role(r[0]), r[1]) for r in rows)


def user_by_name(conn: Connection, name: str) -> User | None:
    """The current (not removed) user of that name, if any."""
    row = conn.execute(
        "SELECT id, name, display_name FROM users WHERE name = ? AND removed_at IS NULL",
        (name.strip(),),
    ).fetchone()
    return User(row[0], row[1], row[2], _grants(conn, row[0])) if row else None


def users(conn: Connection) -> list[User]:
    """Current users by name."""
    rows = conn.execute(
        "SELECT id, name, display_name FROM users WHERE removed_at IS NULL"
        " ORDER BY name COLLATE NOCASE"
    ).fetchall()
    return [User(r[0], r[1], r[2], _grants(conn, r[0])) for r in rows]


def mark_user_removed(conn: Connection, user_id: int) -> None:
    """Keep the row (the log refers to it) but take away every role."""
    conn.execute("UPDATE users SET removed_at = ? WHERE id = ?", (_now(), user_id))
    conn.execute("DELETE FROM user_roles WHERE user_id = ?", (user_id,))


# --- agents -------------------------------------------------------------------------------


def add_agent(
    conn: Connection,
    name: str,
    team_id: int,
    extensions: tuple[str, ...],
    email: str | None,
    language: Language,
) -> int:
    """Insert an agent and their extensions; returns the new id."""
    cur = conn.execute(
        "INSERT INTO agents (name, team_id, email, language, created_at) VALUES (?, ?, ?, ?, ?)",
        (name, team_id, email, language.value, _now()),
    )
    agent_id = int(cur.lastrowid or 0)
    conn.executemany(
        "INSERT INTO agent_extensions (extension, agent_id) VALUES (?, ?)",
        [(ext, agent_id) for ext in extensions],
    )
    return agent_id


def update_agent(
    conn: Connection,
    agent_id: int,
    name: str,
    team_id: int,
    extensions: tuple[str, ...],
    email: str | None,
    language: Language,
) -> None:
    """Replace an agent's details and extensions."""
    conn.execute(
        "UPDATE agents SET name = ?, team_id = ?, email = ?, language = ? WHERE id = ?",
        (name, team_id, email, language.value, agent_id),
    )
    # The recordings list sorts by the name on each row (see migrations step 10). A
    # recording keeps the team it was made in; only the agent's name follows.
    conn.execute(
        "UPDATE recordings SET agent_sort = ? WHERE agent_id = ?", (sort_name(name), agent_id)
    )
    conn.execute("DELETE FROM agent_extensions WHERE agent_id = ?", (agent_id,))
    conn.executemany(
        "INSERT INTO agent_extensions (extension, agent_id) VALUES (?, ?)",
        [(ext, agent_id) for ext in extensions],
    )


def extension_owner(conn: Connection, extension: str) -> int | None:
    """The agent id that holds an extension, if any."""
    row = conn.execute(
        "SELECT agent_id FROM agent_extensions WHERE extension = ?", (extension,)
    ).fetchone()
    return int(row[0]) if row else None


def agents(
    conn: Connection, team_ids: frozenset[int] | None = None, *, agent_id: int | None = None
) -> list[Agent]:
    """Agents by name: all, only those in team_ids, or the one with agent_id."""
    sql = (
        "SELECT a.id, a.name, a.team_id, t.name, a.email, a.language,"
        " (SELECT group_concat(extension, ',') FROM"
        "   (SELECT extension FROM agent_extensions e WHERE e.agent_id = a.id ORDER BY extension)),"
        " a.left_on"
        " FROM agents a JOIN teams t ON t.id = a.team_id"
    )
    params: tuple[int, ...] = ()
    if agent_id is not None:
        sql += " WHERE a.id = ?"
        params = (agent_id,)
    elif team_ids is not None:
        ids = sorted(team_ids)
        sql += f" WHERE a.team_id IN ({','.join('?' * len(ids))})" if ids else " WHERE 0"
        params = tuple(ids)
    rows = conn.execute(sql + " ORDER BY a.name COLLATE NOCASE", params).fetchall()
    return [
        Agent(
            r[0],
            r[1],
            r[2],
            r[3],
            tuple((r[6] or "").split(",")) if r[6] else (),
            r[4],
            Language(r[5]),
            date.fromisoformat(r[7]) if r[7] else None,
        )
        for r in rows
    ]


def agent_by_id(conn: Connection, agent_id: int) -> Agent | None:
    """One agent, if it exists."""
    found = agents(conn, agent_id=agent_id)
    return found[0] if found else None


def set_left(conn: Connection, agent_id: int, left_on: date | None) -> None:
    """Mark an agent as left on a day, or (None) as working here again."""
    conn.execute(
        "UPDATE agents SET left_on = ? WHERE id = ?",
        (left_on.isoformat() if left_on else None, agent_id),
    )


def departed_agents(conn: Connection) -> frozenset[int]:
    """Ids of the agents who left: no new call of theirs is taken in."""
    rows = conn.execute("SELECT id FROM agents WHERE left_on IS NOT NULL").fetchall()
    return frozenset(int(r[0]) for r in rows)
