-- Failed local logins (form and HTTP Basic), kept in PostgreSQL so that every node of a cluster
-- counts the same attempts: after too many failures per user name or per client address within the
-- window, further attempts are refused for a while (see access.LoginThrottle, docs/operations.md).
create table login_failure (
    id          bigserial primary key,
    username    text        not null,
    client_ip   text        not null,
    failed_at   timestamptz not null default now()
);
create index login_failure_username on login_failure (username, failed_at);
create index login_failure_ip on login_failure (client_ip, failed_at);
