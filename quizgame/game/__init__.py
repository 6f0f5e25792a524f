"""The game: scoring, rooms, leaderboards, reports and exports. No Flask here."""
