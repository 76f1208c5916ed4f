-- A session's CSRF token is kept as a hash, as its token is: a copy of the database then gives
-- neither. The sessions opened before kept it in clear, so they end here: whoever was signed in
-- signs in once more.
DROP TABLE sessions;
CREATE TABLE sessions (
  token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
  user_id    VARCHAR(32) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_hash  VARCHAR(64) NOT NULL,
  created_at BIGINT      NOT NULL,
  expires_at BIGINT      NOT NULL
);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

-- Old failed logins are removed by age as sessions open (see Sessions.open), across all names.
CREATE INDEX login_failures_by_time ON login_failures (failed_at);
