/** The sandbox console's key, so the "real organization" server can use its sandbox as upstream. */
export const SANDBOX_KEY = 'sk-admin-e2e-sandbox-key-0123456789abcdef';

/** The console admin that DASHBOARD_ADMIN_EMAIL / _PASSWORD ensure on the other two servers. */
export const REAL_ADMIN = { email: 'ops@example.com', password: 'bootstrap password 42' };
