/**
 * The environment of the tests' git: a fixed identity, and none of the user's or the system's configuration (a
 * signing key, a hook path, a default branch or an editor there would change what the tests see). `extra` adds
 * to it, such as commit dates.
 */
export function gitEnv(name: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_AUTHOR_NAME: name,
    GIT_AUTHOR_EMAIL: 't@example.org',
    GIT_COMMITTER_NAME: name,
    GIT_COMMITTER_EMAIL: 't@example.org',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    ...extra,
  };
}
