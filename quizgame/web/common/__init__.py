"""What the blueprints share: ownership checks, rate limits, error pages, the input guard, the clock,
the student's cookie, join links, stream caps and the autocommit engines. No blueprint lives here."""
