/**
 * Generated from GET /api/openapi.json by scripts/api-types.ts. Do not edit:
 * regenerate with `npm run api-types` after changing a route's schema.
 */

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ready";
                            engine: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How to sign in here */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description no user exists yet: the server printed a setup link */
                            setupRequired: boolean;
                            password: boolean;
                            sso: {
                                enabled: boolean;
                                only: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                email: string;
                                name: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "reviewer" | "member" | "auditor";
                                /** @enum {string} */
                                status: "invited" | "active" | "deactivated";
                                accessFrom: string | null;
                                accessUntil: string | null;
                                mfaEnrolled: boolean;
                                createdAt: string;
                                activatedAt: string | null;
                                deactivatedAt: string | null;
                            };
                            /**
                             * @description what the session owes before anything else
                             * @enum {string}
                             */
                            stage: "ready" | "second_factor" | "enrol";
                            /**
                             * @description why a second factor is required: the role, or the workspace setting
                             * @enum {string|null}
                             */
                            secondFactorRequiredBy: "role" | "workspace" | null;
                            /** @description what this user may do; empty until the stage is ready */
                            permissions: ("workspace:read" | "workspace:manage" | "evidence:read" | "evidence:write" | "cadence:read" | "cadence:write" | "policies:read" | "policies:manage" | "users:read" | "users:manage" | "people:read" | "people:manage" | "checklists:confirm" | "systems:read" | "systems:manage" | "accounts:read" | "accounts:manage" | "reviews:read" | "reviews:decide" | "reviews:manage" | "readiness:read" | "readiness:manage" | "audits:read" | "audits:manage" | "exports:read")[];
                            /** @description send as the x-csrf-token header on every request that changes something */
                            csrfToken: string;
                            session: {
                                id: string;
                                /** @enum {string} */
                                method: "password" | "sso";
                                createdAt: string;
                                lastSeenAt: string;
                                expiresAt: string;
                                ip: string | null;
                                userAgent: string | null;
                                endedAt: string | null;
                                endReason: string | null;
                            };
                            idleMinutes: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current session and what it owes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                email: string;
                                name: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "reviewer" | "member" | "auditor";
                                /** @enum {string} */
                                status: "invited" | "active" | "deactivated";
                                accessFrom: string | null;
                                accessUntil: string | null;
                                mfaEnrolled: boolean;
                                createdAt: string;
                                activatedAt: string | null;
                                deactivatedAt: string | null;
                            };
                            /**
                             * @description what the session owes before anything else
                             * @enum {string}
                             */
                            stage: "ready" | "second_factor" | "enrol";
                            /**
                             * @description why a second factor is required: the role, or the workspace setting
                             * @enum {string|null}
                             */
                            secondFactorRequiredBy: "role" | "workspace" | null;
                            /** @description what this user may do; empty until the stage is ready */
                            permissions: ("workspace:read" | "workspace:manage" | "evidence:read" | "evidence:write" | "cadence:read" | "cadence:write" | "policies:read" | "policies:manage" | "users:read" | "users:manage" | "people:read" | "people:manage" | "checklists:confirm" | "systems:read" | "systems:manage" | "accounts:read" | "accounts:manage" | "reviews:read" | "reviews:decide" | "reviews:manage" | "readiness:read" | "readiness:manage" | "audits:read" | "audits:manage" | "exports:read")[];
                            /** @description send as the x-csrf-token header on every request that changes something */
                            csrfToken: string;
                            session: {
                                id: string;
                                /** @enum {string} */
                                method: "password" | "sso";
                                createdAt: string;
                                lastSeenAt: string;
                                expiresAt: string;
                                ip: string | null;
                                userAgent: string | null;
                                endedAt: string | null;
                                endReason: string | null;
                            };
                            idleMinutes: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give the second factor: a TOTP or recovery code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 6 digits from the authenticator app, or a recovery code */
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                email: string;
                                name: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "reviewer" | "member" | "auditor";
                                /** @enum {string} */
                                status: "invited" | "active" | "deactivated";
                                accessFrom: string | null;
                                accessUntil: string | null;
                                mfaEnrolled: boolean;
                                createdAt: string;
                                activatedAt: string | null;
                                deactivatedAt: string | null;
                            };
                            /**
                             * @description what the session owes before anything else
                             * @enum {string}
                             */
                            stage: "ready" | "second_factor" | "enrol";
                            /**
                             * @description why a second factor is required: the role, or the workspace setting
                             * @enum {string|null}
                             */
                            secondFactorRequiredBy: "role" | "workspace" | null;
                            /** @description what this user may do; empty until the stage is ready */
                            permissions: ("workspace:read" | "workspace:manage" | "evidence:read" | "evidence:write" | "cadence:read" | "cadence:write" | "policies:read" | "policies:manage" | "users:read" | "users:manage" | "people:read" | "people:manage" | "checklists:confirm" | "systems:read" | "systems:manage" | "accounts:read" | "accounts:manage" | "reviews:read" | "reviews:decide" | "reviews:manage" | "readiness:read" | "readiness:manage" | "audits:read" | "audits:manage" | "exports:read")[];
                            /** @description send as the x-csrf-token header on every request that changes something */
                            csrfToken: string;
                            session: {
                                id: string;
                                /** @enum {string} */
                                method: "password" | "sso";
                                createdAt: string;
                                lastSeenAt: string;
                                expiresAt: string;
                                ip: string | null;
                                userAgent: string | null;
                                endedAt: string | null;
                                endReason: string | null;
                            };
                            idleMinutes: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start enrolling an authenticator app */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            secret: string;
                            /** @description otpauth:// URI for a QR code */
                            uri: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finish enrolling with a code from the app; returns recovery codes once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 6 digits from the authenticator app, or a recovery code */
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description shown once; each works once */
                            recoveryCodes: string[];
                            signedIn: {
                                user: {
                                    id: string;
                                    email: string;
                                    name: string;
                                    /** @enum {string} */
                                    role: "owner" | "admin" | "reviewer" | "member" | "auditor";
                                    /** @enum {string} */
                                    status: "invited" | "active" | "deactivated";
                                    accessFrom: string | null;
                                    accessUntil: string | null;
                                    mfaEnrolled: boolean;
                                    createdAt: string;
                                    activatedAt: string | null;
                                    deactivatedAt: string | null;
                                };
                                /**
                                 * @description what the session owes before anything else
                                 * @enum {string}
                                 */
                                stage: "ready" | "second_factor" | "enrol";
                                /**
                                 * @description why a second factor is required: the role, or the workspace setting
                                 * @enum {string|null}
                                 */
                                secondFactorRequiredBy: "role" | "workspace" | null;
                                /** @description what this user may do; empty until the stage is ready */
                                permissions: ("workspace:read" | "workspace:manage" | "evidence:read" | "evidence:write" | "cadence:read" | "cadence:write" | "policies:read" | "policies:manage" | "users:read" | "users:manage" | "people:read" | "people:manage" | "checklists:confirm" | "systems:read" | "systems:manage" | "accounts:read" | "accounts:manage" | "reviews:read" | "reviews:decide" | "reviews:manage" | "readiness:read" | "readiness:manage" | "audits:read" | "audits:manage" | "exports:read")[];
                                /** @description send as the x-csrf-token header on every request that changes something */
                                csrfToken: string;
                                session: {
                                    id: string;
                                    /** @enum {string} */
                                    method: "password" | "sso";
                                    createdAt: string;
                                    lastSeenAt: string;
                                    expiresAt: string;
                                    ip: string | null;
                                    userAgent: string | null;
                                    endedAt: string | null;
                                    endReason: string | null;
                                };
                                idleMinutes: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the recovery codes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description shown once; each works once */
                            recoveryCodes: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/invites/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an invite or setup link is for */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "setup" | "invite" | "password_reset";
                            email: string | null;
                            name: string | null;
                            /** @enum {string} */
                            role: "owner" | "admin" | "reviewer" | "member" | "auditor";
                            expiresAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/invites/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invite: set a password and sign in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the setup link only: the owner’s email */
                        email?: string;
                        name?: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                email: string;
                                name: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "reviewer" | "member" | "auditor";
                                /** @enum {string} */
                                status: "invited" | "active" | "deactivated";
                                accessFrom: string | null;
                                accessUntil: string | null;
                                mfaEnrolled: boolean;
                                createdAt: string;
                                activatedAt: string | null;
                                deactivatedAt: string | null;
                            };
                            /**
                             * @description what the session owes before anything else
                             * @enum {string}
                             */
                            stage: "ready" | "second_factor" | "enrol";
                            /**
                             * @description why a second factor is required: the role, or the workspace setting
                             * @enum {string|null}
                             */
                            secondFactorRequiredBy: "role" | "workspace" | null;
                            /** @description what this user may do; empty until the stage is ready */
                            permissions: ("workspace:read" | "workspace:manage" | "evidence:read" | "evidence:write" | "cadence:read" | "cadence:write" | "policies:read" | "policies:manage" | "users:read" | "users:manage" | "people:read" | "people:manage" | "checklists:confirm" | "systems:read" | "systems:manage" | "accounts:read" | "accounts:manage" | "reviews:read" | "reviews:decide" | "reviews:manage" | "readiness:read" | "readiness:manage" | "audits:read" | "audits:manage" | "exports:read")[];
                            /** @description send as the x-csrf-token header on every request that changes something */
                            csrfToken: string;
                            session: {
                                id: string;
                                /** @enum {string} */
                                method: "password" | "sso";
                                createdAt: string;
                                lastSeenAt: string;
                                expiresAt: string;
                                ip: string | null;
                                userAgent: string | null;
                                endedAt: string | null;
                                endReason: string | null;
                            };
                            idleMinutes: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My open sessions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sessions: {
                                id: string;
                                /** @enum {string} */
                                method: "password" | "sso";
                                createdAt: string;
                                lastSeenAt: string;
                                expiresAt: string;
                                ip: string | null;
                                userAgent: string | null;
                                endedAt: string | null;
                                endReason: string | null;
                            }[];
                            current: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End one of my sessions */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/sessions/end-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out everywhere, this session included */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ended: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My API tokens */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tokens: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                scope: "read" | "read-write";
                                createdAt: string;
                                expiresAt: string;
                                lastUsedAt: string | null;
                                revokedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an API token; the secret is shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        scope: "read" | "read-write";
                        /** @default 90 */
                        expiresInDays?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                scope: "read" | "read-write";
                                createdAt: string;
                                expiresAt: string;
                                lastUsedAt: string | null;
                                revokedAt: string | null;
                            };
                            /** @description shown once: send as Authorization: Bearer <secret> */
                            secret: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of my API tokens */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            scope: "read" | "read-write";
                            createdAt: string;
                            expiresAt: string;
                            lastUsedAt: string | null;
                            revokedAt: string | null;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sso/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sign in with SSO: redirects to the identity provider */
        get: {
            parameters: {
                query?: {
                    /** @description the page to open after signing in */
                    next?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sso/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The identity provider's answer: signs in and redirects to the app, or to the sign-in page with the reason */
        get: {
            parameters: {
                query?: {
                    code?: string;
                    state?: string;
                    iss?: string;
                    error?: string;
                    error_description?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every user of Groundwork */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            users: {
                                id: string;
                                email: string;
                                name: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "reviewer" | "member" | "auditor";
                                /** @enum {string} */
                                status: "invited" | "active" | "deactivated";
                                accessFrom: string | null;
                                accessUntil: string | null;
                                mfaEnrolled: boolean;
                                createdAt: string;
                                activatedAt: string | null;
                                deactivatedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Invite a user; returns a single-use link valid 7 days */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        name?: string;
                        /** @enum {string} */
                        role: "owner" | "admin" | "reviewer" | "member" | "auditor";
                        /** @description auditors: first day of access */
                        accessFrom?: string;
                        /** @description auditors: last day of access */
                        accessUntil?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                email: string;
                                name: string;
                                /** @enum {string} */
                                role: "owner" | "admin" | "reviewer" | "member" | "auditor";
                                /** @enum {string} */
                                status: "invited" | "active" | "deactivated";
                                accessFrom: string | null;
                                accessUntil: string | null;
                                mfaEnrolled: boolean;
                                createdAt: string;
                                activatedAt: string | null;
                                deactivatedAt: string | null;
                            };
                            /** @description single use; send it to the person */
                            inviteUrl: string;
                            expiresAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new invite link, or for an active user a password reset link (24 hours) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            inviteUrl: string;
                            expiresAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user’s role or an auditor’s access dates */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        role?: "owner" | "admin" | "reviewer" | "member" | "auditor";
                        accessFrom?: string | null;
                        accessUntil?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            role: "owner" | "admin" | "reviewer" | "member" | "auditor";
                            /** @enum {string} */
                            status: "invited" | "active" | "deactivated";
                            accessFrom: string | null;
                            accessUntil: string | null;
                            mfaEnrolled: boolean;
                            createdAt: string;
                            activatedAt: string | null;
                            deactivatedAt: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a user: sessions end, tokens are revoked */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            role: "owner" | "admin" | "reviewer" | "member" | "auditor";
                            /** @enum {string} */
                            status: "invited" | "active" | "deactivated";
                            accessFrom: string | null;
                            accessUntil: string | null;
                            mfaEnrolled: boolean;
                            createdAt: string;
                            activatedAt: string | null;
                            deactivatedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/reset-mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove a user’s authenticator; they enrol again at next sign-in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            role: "owner" | "admin" | "reviewer" | "member" | "auditor";
                            /** @enum {string} */
                            status: "invited" | "active" | "deactivated";
                            accessFrom: string | null;
                            accessUntil: string | null;
                            mfaEnrolled: boolean;
                            createdAt: string;
                            activatedAt: string | null;
                            deactivatedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/security-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Second factor, session timeouts and SSO */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            mfaRequiredForAll: boolean;
                            sessionIdleMinutes: number;
                            sessionMaxHours: number;
                            sso: {
                                issuer: string | null;
                                clientId: string | null;
                                clientSecretSet: boolean;
                                /** @enum {string} */
                                source: "environment" | "workspace" | "none";
                                only: boolean;
                                /** @description register this callback URL with the identity provider */
                                redirectUri: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change second factor, session timeouts or SSO */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        mfaRequiredForAll?: boolean;
                        sessionIdleMinutes?: number;
                        sessionMaxHours?: number;
                        ssoIssuer?: string | null;
                        ssoClientId?: string | null;
                        ssoClientSecret?: string | null;
                        ssoOnly?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            mfaRequiredForAll: boolean;
                            sessionIdleMinutes: number;
                            sessionMaxHours: number;
                            sso: {
                                issuer: string | null;
                                clientId: string | null;
                                clientSecretSet: boolean;
                                /** @enum {string} */
                                source: "environment" | "workspace" | "none";
                                only: boolean;
                                /** @description register this callback URL with the identity provider */
                                redirectUri: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/workspace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace name and time zone */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            timeZone: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List evidence events, newest first */
        get: {
            parameters: {
                query?: {
                    subjectType?: string;
                    subjectId?: string;
                    action?: string;
                    actor?: string;
                    /** @description effective on or after this date, in the workspace time zone */
                    from?: string;
                    /** @description effective on or before this date, in the workspace time zone */
                    to?: string;
                    limit?: number;
                    /** @description the nextBefore of the previous page */
                    before?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            events: {
                                seq: number;
                                recordedAt: string;
                                effectiveAt: string;
                                actor: {
                                    /** @enum {string} */
                                    type: "user" | "system" | "cli" | "anonymous";
                                    id: string;
                                };
                                action: string;
                                subject: {
                                    type: string;
                                    id: string;
                                };
                                data: {
                                    [key: string]: unknown;
                                };
                                attachments: string[];
                                prevHash: string;
                                hash: string;
                            }[];
                            total: number;
                            nextBefore: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evidence/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify the whole log */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                            events: number;
                            checkpoints: number;
                            attachments: number;
                            lastSeq: number;
                            unsignedTail: number;
                            problem?: {
                                seq: number;
                                /** @enum {string} */
                                kind: "edited" | "deleted" | "inserted" | "reordered" | "missing-attachment" | "bad-signature" | "checkpoint-mismatch";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evidence/public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Ed25519 key that signs checkpoints (SPKI PEM) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evidence/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign the current end of the log now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            seq: number;
                            hash: string;
                            signedAt: string;
                            keyId: string;
                            signature: string;
                        } | null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evidence/attachments/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment by its SHA-256 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sha256: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/obligations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every obligation with its next due occurrence and record */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            obligations: {
                                id: string;
                                title: string;
                                owner: string;
                                subject: {
                                    type: string;
                                    id: string;
                                } | null;
                                cadence: {
                                    /** @description ISO 8601 duration in calendar units: P3M (quarterly), P1Y, P2W, P1M15D */
                                    every: string;
                                } | {
                                    /** @description due dates, strictly increasing, after the anchor */
                                    dates: string[];
                                };
                                anchorOn: string;
                                grace: string;
                                createdAt: string;
                                retiredOn: string | null;
                                nextDue: {
                                    obligationId: string;
                                    index: number;
                                    dueOn: string;
                                    opensAt: string;
                                    /** @description the end of the due date: the instant the next local day starts */
                                    dueAt: string;
                                    graceEndsAt: string;
                                    /** @enum {string} */
                                    status: "upcoming" | "open" | "on_time" | "late" | "missed";
                                    overdueDays?: number;
                                    lateDays?: number;
                                    completion: {
                                        effectiveAt: string;
                                        recordedAt: string;
                                        evidenceSeq: number;
                                        note: string | null;
                                    } | null;
                                } | null;
                                counts: {
                                    on_time: number;
                                    late: number;
                                    missed: number;
                                    open: number;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a recurring obligation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description a stable key such as "access-review:aws"; a UUID when omitted */
                        id?: string;
                        title: string;
                        /** @description a role or an email */
                        owner: string;
                        subject?: {
                            type: string;
                            id: string;
                        };
                        cadence: {
                            /** @description ISO 8601 duration in calendar units: P3M (quarterly), P1Y, P2W, P1M15D */
                            every: string;
                        } | {
                            /** @description due dates, strictly increasing, after the anchor */
                            dates: string[];
                        };
                        /** @description occurrence k is due on anchor + k × cadence, in the workspace time zone */
                        anchorOn: string;
                        /** @description ISO 8601 duration in weeks and days; default P0D */
                        grace?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            title: string;
                            owner: string;
                            subject: {
                                type: string;
                                id: string;
                            } | null;
                            cadence: {
                                /** @description ISO 8601 duration in calendar units: P3M (quarterly), P1Y, P2W, P1M15D */
                                every: string;
                            } | {
                                /** @description due dates, strictly increasing, after the anchor */
                                dates: string[];
                            };
                            anchorOn: string;
                            grace: string;
                            createdAt: string;
                            retiredOn: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/obligations/{id}/occurrences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Occurrences due between two dates, with status */
        get: {
            parameters: {
                query: {
                    /** @description due on or after this date */
                    from: string;
                    /** @description due on or before this date */
                    to: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            occurrences: {
                                obligationId: string;
                                index: number;
                                dueOn: string;
                                opensAt: string;
                                /** @description the end of the due date: the instant the next local day starts */
                                dueAt: string;
                                graceEndsAt: string;
                                /** @enum {string} */
                                status: "upcoming" | "open" | "on_time" | "late" | "missed";
                                overdueDays?: number;
                                lateDays?: number;
                                completion: {
                                    effectiveAt: string;
                                    recordedAt: string;
                                    evidenceSeq: number;
                                    note: string | null;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/obligations/{id}/completions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete an occurrence */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the occurrence completed; default: the one whose window holds effectiveAt */
                        dueOn?: string;
                        /**
                         * Format: date-time
                         * @description when the work was done; default now
                         */
                        effectiveAt?: string;
                        /** @description the seq of the evidence event that proves the work */
                        proofSeq?: number;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            obligationId: string;
                            index: number;
                            dueOn: string;
                            opensAt: string;
                            /** @description the end of the due date: the instant the next local day starts */
                            dueAt: string;
                            graceEndsAt: string;
                            /** @enum {string} */
                            status: "upcoming" | "open" | "on_time" | "late" | "missed";
                            overdueDays?: number;
                            lateDays?: number;
                            completion: {
                                effectiveAt: string;
                                recordedAt: string;
                                evidenceSeq: number;
                                note: string | null;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadence/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open (including overdue) and missed occurrences, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            due: {
                                obligation: {
                                    id: string;
                                    title: string;
                                    owner: string;
                                    subject: {
                                        type: string;
                                        id: string;
                                    } | null;
                                };
                                occurrence: {
                                    obligationId: string;
                                    index: number;
                                    dueOn: string;
                                    opensAt: string;
                                    /** @description the end of the due date: the instant the next local day starts */
                                    dueAt: string;
                                    graceEndsAt: string;
                                    /** @enum {string} */
                                    status: "upcoming" | "open" | "on_time" | "late" | "missed";
                                    overdueDays?: number;
                                    lateDays?: number;
                                    completion: {
                                        effectiveAt: string;
                                        recordedAt: string;
                                        evidenceSeq: number;
                                        note: string | null;
                                    } | null;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policy-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The fifteen policy templates and the security orientation, day-one first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            templates: {
                                id: string;
                                /** @enum {string} */
                                kind: "policy" | "orientation";
                                title: string;
                                /** @enum {string|null} */
                                owner: "owner" | "admin" | null;
                                /** @description ISO 8601 duration: P1Y */
                                review: string | null;
                                /**
                                 * @description day-one: the five policies that govern day-one decisions
                                 * @enum {string|null}
                                 */
                                tier: "day-one" | "later" | null;
                                appliesTo: ("employee" | "contractor" | "freelancer" | "intern" | "short-term")[];
                                criteria: {
                                    id: string;
                                    title: string;
                                }[];
                                procedure: string | null;
                                evidence: string | null;
                                variables: {
                                    /** @enum {string} */
                                    name: "companyName" | "securityOwner" | "mfaMethods" | "minPasswordLength" | "customerDataRetention" | "logRetention" | "backupRetention" | "accessReviewCadence" | "offboardingDeadline" | "incidentContact" | "trainingCadence" | "policyReviewCadence";
                                    label: string;
                                    suggestion: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policy-templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One template, filled in with the workspace name and suggested values */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "policy" | "orientation";
                            title: string;
                            /** @enum {string|null} */
                            owner: "owner" | "admin" | null;
                            /** @description ISO 8601 duration: P1Y */
                            review: string | null;
                            /**
                             * @description day-one: the five policies that govern day-one decisions
                             * @enum {string|null}
                             */
                            tier: "day-one" | "later" | null;
                            appliesTo: ("employee" | "contractor" | "freelancer" | "intern" | "short-term")[];
                            criteria: {
                                id: string;
                                title: string;
                            }[];
                            procedure: string | null;
                            evidence: string | null;
                            variables: {
                                /** @enum {string} */
                                name: "companyName" | "securityOwner" | "mfaMethods" | "minPasswordLength" | "customerDataRetention" | "logRetention" | "backupRetention" | "accessReviewCadence" | "offboardingDeadline" | "incidentContact" | "trainingCadence" | "policyReviewCadence";
                                label: string;
                                suggestion: string;
                            }[];
                            /** @description the text with the workspace name and the suggested values filled in */
                            markdown: string;
                            /** @description the same, rendered; raw HTML in the text is shown as text */
                            html: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every adopted policy with its status and next review, and how many people acknowledged them */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            policies: {
                                id: string;
                                /** @enum {string} */
                                kind: "policy" | "procedure" | "orientation";
                                title: string;
                                templateId: string | null;
                                /** @description a procedure: the policy it carries out */
                                parentId: string | null;
                                ownerRole: string;
                                appliesTo: string[];
                                criteria: string[];
                                procedure: string | null;
                                evidence: string | null;
                                reviewObligationId: string | null;
                                createdAt: string;
                                retiredAt: string | null;
                                /** @enum {string} */
                                status: "retired" | "draft" | "in_review" | "approved" | "published" | "superseded";
                                published: {
                                    version: number;
                                    /** @enum {string} */
                                    status: "draft" | "in_review" | "approved" | "published" | "superseded";
                                    sha256: string;
                                    createdAt: string;
                                    createdBy: string;
                                    submittedAt: string | null;
                                    approvedAt: string | null;
                                    approvedBy: string | null;
                                    /** @description the author approved their own text: allowed, and shown */
                                    selfApproved: boolean;
                                    publishedAt: string | null;
                                    publishedBy: string | null;
                                    /** @description set at publication: whether everyone acknowledges this version again */
                                    material: boolean | null;
                                } | null;
                                latest: {
                                    version: number;
                                    /** @enum {string} */
                                    status: "draft" | "in_review" | "approved" | "published" | "superseded";
                                    sha256: string;
                                    createdAt: string;
                                    createdBy: string;
                                    submittedAt: string | null;
                                    approvedAt: string | null;
                                    approvedBy: string | null;
                                    /** @description the author approved their own text: allowed, and shown */
                                    selfApproved: boolean;
                                    publishedAt: string | null;
                                    publishedBy: string | null;
                                    /** @description set at publication: whether everyone acknowledges this version again */
                                    material: boolean | null;
                                };
                                /** @description the earliest yearly review not done; null before the first publication */
                                review: {
                                    dueOn: string;
                                    /** @enum {string} */
                                    status: "upcoming" | "open" | "missed";
                                    overdueDays: number | null;
                                } | null;
                            }[];
                            acknowledgements: {
                                /** @description people joining or here to whom at least one policy in force applies */
                                people: number;
                                /** @description of them, those who acknowledged everything that applies to them */
                                complete: number;
                                /** @description complete of people, rounded down; null while nothing applies to anyone */
                                percent: number | null;
                                policies: {
                                    policyId: string;
                                    owed: number;
                                    acknowledged: number;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Adopt a template as version 1, a draft */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        templateId: string;
                        /** @description the blanks of the template: company name, retention periods … */
                        values: {
                            [key: string]: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "policy" | "procedure" | "orientation";
                            title: string;
                            templateId: string | null;
                            /** @description a procedure: the policy it carries out */
                            parentId: string | null;
                            ownerRole: string;
                            appliesTo: string[];
                            criteria: string[];
                            procedure: string | null;
                            evidence: string | null;
                            reviewObligationId: string | null;
                            createdAt: string;
                            retiredAt: string | null;
                            /** @enum {string} */
                            status: "retired" | "draft" | "in_review" | "approved" | "published" | "superseded";
                            published: {
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "in_review" | "approved" | "published" | "superseded";
                                sha256: string;
                                createdAt: string;
                                createdBy: string;
                                submittedAt: string | null;
                                approvedAt: string | null;
                                approvedBy: string | null;
                                /** @description the author approved their own text: allowed, and shown */
                                selfApproved: boolean;
                                publishedAt: string | null;
                                publishedBy: string | null;
                                /** @description set at publication: whether everyone acknowledges this version again */
                                material: boolean | null;
                            } | null;
                            latest: {
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "in_review" | "approved" | "published" | "superseded";
                                sha256: string;
                                createdAt: string;
                                createdBy: string;
                                submittedAt: string | null;
                                approvedAt: string | null;
                                approvedBy: string | null;
                                /** @description the author approved their own text: allowed, and shown */
                                selfApproved: boolean;
                                publishedAt: string | null;
                                publishedBy: string | null;
                                /** @description set at publication: whether everyone acknowledges this version again */
                                material: boolean | null;
                            };
                            /** @description the earliest yearly review not done; null before the first publication */
                            review: {
                                dueOn: string;
                                /** @enum {string} */
                                status: "upcoming" | "open" | "missed";
                                overdueDays: number | null;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/export.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every published policy as PDF and Markdown, with an index, in one ZIP */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A policy, its versions, and the newest text */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "policy" | "procedure" | "orientation";
                            title: string;
                            templateId: string | null;
                            /** @description a procedure: the policy it carries out */
                            parentId: string | null;
                            ownerRole: string;
                            appliesTo: string[];
                            criteria: string[];
                            procedure: string | null;
                            evidence: string | null;
                            reviewObligationId: string | null;
                            createdAt: string;
                            retiredAt: string | null;
                            /** @enum {string} */
                            status: "retired" | "draft" | "in_review" | "approved" | "published" | "superseded";
                            published: {
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "in_review" | "approved" | "published" | "superseded";
                                sha256: string;
                                createdAt: string;
                                createdBy: string;
                                submittedAt: string | null;
                                approvedAt: string | null;
                                approvedBy: string | null;
                                /** @description the author approved their own text: allowed, and shown */
                                selfApproved: boolean;
                                publishedAt: string | null;
                                publishedBy: string | null;
                                /** @description set at publication: whether everyone acknowledges this version again */
                                material: boolean | null;
                            } | null;
                            latest: {
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "in_review" | "approved" | "published" | "superseded";
                                sha256: string;
                                createdAt: string;
                                createdBy: string;
                                submittedAt: string | null;
                                approvedAt: string | null;
                                approvedBy: string | null;
                                /** @description the author approved their own text: allowed, and shown */
                                selfApproved: boolean;
                                publishedAt: string | null;
                                publishedBy: string | null;
                                /** @description set at publication: whether everyone acknowledges this version again */
                                material: boolean | null;
                            };
                            /** @description the earliest yearly review not done; null before the first publication */
                            review: {
                                dueOn: string;
                                /** @enum {string} */
                                status: "upcoming" | "open" | "missed";
                                overdueDays: number | null;
                            } | null;
                            versions: {
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "in_review" | "approved" | "published" | "superseded";
                                sha256: string;
                                createdAt: string;
                                createdBy: string;
                                submittedAt: string | null;
                                approvedAt: string | null;
                                approvedBy: string | null;
                                /** @description the author approved their own text: allowed, and shown */
                                selfApproved: boolean;
                                publishedAt: string | null;
                                publishedBy: string | null;
                                /** @description set at publication: whether everyone acknowledges this version again */
                                material: boolean | null;
                            }[];
                            latestText: {
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "in_review" | "approved" | "published" | "superseded";
                                sha256: string;
                                createdAt: string;
                                createdBy: string;
                                submittedAt: string | null;
                                approvedAt: string | null;
                                approvedBy: string | null;
                                /** @description the author approved their own text: allowed, and shown */
                                selfApproved: boolean;
                                publishedAt: string | null;
                                publishedBy: string | null;
                                /** @description set at publication: whether everyone acknowledges this version again */
                                material: boolean | null;
                                text: string;
                                /** @description rendered; raw HTML in the text is shown as text */
                                html: string;
                            };
                            /** @description a policy: its procedure, once written */
                            procedureDocument: {
                                id: string;
                                title: string;
                                /** @enum {string} */
                                status: "retired" | "draft" | "in_review" | "approved" | "published" | "superseded";
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version with its text */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            /** @enum {string} */
                            status: "draft" | "in_review" | "approved" | "published" | "superseded";
                            sha256: string;
                            createdAt: string;
                            createdBy: string;
                            submittedAt: string | null;
                            approvedAt: string | null;
                            approvedBy: string | null;
                            /** @description the author approved their own text: allowed, and shown */
                            selfApproved: boolean;
                            publishedAt: string | null;
                            publishedBy: string | null;
                            /** @description set at publication: whether everyone acknowledges this version again */
                            material: boolean | null;
                            text: string;
                            /** @description rendered; raw HTML in the text is shown as text */
                            html: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed between two versions, line by line */
        get: {
            parameters: {
                query: {
                    from: number;
                    to: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            lines: {
                                /** @enum {string} */
                                change: "added" | "removed" | "same";
                                text: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/export.md": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published version as Markdown, with approval and review history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/export.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published version as a PDF, with approval and review history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/procedure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write the policy's procedure: version 1, a draft, approved like a policy */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Markdown: the steps, who does them, and where the records go */
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "policy" | "procedure" | "orientation";
                            title: string;
                            templateId: string | null;
                            /** @description a procedure: the policy it carries out */
                            parentId: string | null;
                            ownerRole: string;
                            appliesTo: string[];
                            criteria: string[];
                            procedure: string | null;
                            evidence: string | null;
                            reviewObligationId: string | null;
                            createdAt: string;
                            retiredAt: string | null;
                            /** @enum {string} */
                            status: "retired" | "draft" | "in_review" | "approved" | "published" | "superseded";
                            published: {
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "in_review" | "approved" | "published" | "superseded";
                                sha256: string;
                                createdAt: string;
                                createdBy: string;
                                submittedAt: string | null;
                                approvedAt: string | null;
                                approvedBy: string | null;
                                /** @description the author approved their own text: allowed, and shown */
                                selfApproved: boolean;
                                publishedAt: string | null;
                                publishedBy: string | null;
                                /** @description set at publication: whether everyone acknowledges this version again */
                                material: boolean | null;
                            } | null;
                            latest: {
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "in_review" | "approved" | "published" | "superseded";
                                sha256: string;
                                createdAt: string;
                                createdBy: string;
                                submittedAt: string | null;
                                approvedAt: string | null;
                                approvedBy: string | null;
                                /** @description the author approved their own text: allowed, and shown */
                                selfApproved: boolean;
                                publishedAt: string | null;
                                publishedBy: string | null;
                                /** @description set at publication: whether everyone acknowledges this version again */
                                material: boolean | null;
                            };
                            /** @description the earliest yearly review not done; null before the first publication */
                            review: {
                                dueOn: string;
                                /** @enum {string} */
                                status: "upcoming" | "open" | "missed";
                                overdueDays: number | null;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Save an edit as a new version */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the version you opened; refused if a newer one was saved since */
                        basedOn: number;
                        /** @description Markdown, at most 100 KB */
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "policy" | "procedure" | "orientation";
                            title: string;
                            templateId: string | null;
                            /** @description a procedure: the policy it carries out */
                            parentId: string | null;
                            ownerRole: string;
                            appliesTo: string[];
                            criteria: string[];
                            procedure: string | null;
                            evidence: string | null;
                            reviewObligationId: string | null;
                            createdAt: string;
                            retiredAt: string | null;
                            /** @enum {string} */
                            status: "retired" | "draft" | "in_review" | "approved" | "published" | "superseded";
                            published: {
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "in_review" | "approved" | "published" | "superseded";
                                sha256: string;
                                createdAt: string;
                                createdBy: string;
                                submittedAt: string | null;
                                approvedAt: string | null;
                                approvedBy: string | null;
                                /** @description the author approved their own text: allowed, and shown */
                                selfApproved: boolean;
                                publishedAt: string | null;
                                publishedBy: string | null;
                                /** @description set at publication: whether everyone acknowledges this version again */
                                material: boolean | null;
                            } | null;
                            latest: {
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "in_review" | "approved" | "published" | "superseded";
                                sha256: string;
                                createdAt: string;
                                createdBy: string;
                                submittedAt: string | null;
                                approvedAt: string | null;
                                approvedBy: string | null;
                                /** @description the author approved their own text: allowed, and shown */
                                selfApproved: boolean;
                                publishedAt: string | null;
                                publishedBy: string | null;
                                /** @description set at publication: whether everyone acknowledges this version again */
                                material: boolean | null;
                            };
                            /** @description the earliest yearly review not done; null before the first publication */
                            review: {
                                dueOn: string;
                                /** @enum {string} */
                                status: "upcoming" | "open" | "missed";
                                overdueDays: number | null;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/versions/{version}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the newest draft for approval */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "policy" | "procedure" | "orientation";
                            title: string;
                            templateId: string | null;
                            /** @description a procedure: the policy it carries out */
                            parentId: string | null;
                            ownerRole: string;
                            appliesTo: string[];
                            criteria: string[];
                            procedure: string | null;
                            evidence: string | null;
                            reviewObligationId: string | null;
                            createdAt: string;
                            retiredAt: string | null;
                            /** @enum {string} */
                            status: "retired" | "draft" | "in_review" | "approved" | "published" | "superseded";
                            published: {
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "in_review" | "approved" | "published" | "superseded";
                                sha256: string;
                                createdAt: string;
                                createdBy: string;
                                submittedAt: string | null;
                                approvedAt: string | null;
                                approvedBy: string | null;
                                /** @description the author approved their own text: allowed, and shown */
                                selfApproved: boolean;
                                publishedAt: string | null;
                                publishedBy: string | null;
                                /** @description set at publication: whether everyone acknowledges this version again */
                                material: boolean | null;
                            } | null;
                            latest: {
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "in_review" | "approved" | "published" | "superseded";
                                sha256: string;
                                createdAt: string;
                                createdBy: string;
                                submittedAt: string | null;
                                approvedAt: string | null;
                                approvedBy: string | null;
                                /** @description the author approved their own text: allowed, and shown */
                                selfApproved: boolean;
                                publishedAt: string | null;
                                publishedBy: string | null;
                                /** @description set at publication: whether everyone acknowledges this version again */
                                material: boolean | null;
                            };
                            /** @description the earliest yearly review not done; null before the first publication */
                            review: {
                                dueOn: string;
                                /** @enum {string} */
                                status: "upcoming" | "open" | "missed";
                                overdueDays: number | null;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/versions/{version}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the version in review, naming the SHA-256 of the text read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the SHA-256 of the text you read */
                        sha256: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "policy" | "procedure" | "orientation";
                            title: string;
                            templateId: string | null;
                            /** @description a procedure: the policy it carries out */
                            parentId: string | null;
                            ownerRole: string;
                            appliesTo: string[];
                            criteria: string[];
                            procedure: string | null;
                            evidence: string | null;
                            reviewObligationId: string | null;
                            createdAt: string;
                            retiredAt: string | null;
                            /** @enum {string} */
                            status: "retired" | "draft" | "in_review" | "approved" | "published" | "superseded";
                            published: {
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "in_review" | "approved" | "published" | "superseded";
                                sha256: string;
                                createdAt: string;
                                createdBy: string;
                                submittedAt: string | null;
                                approvedAt: string | null;
                                approvedBy: string | null;
                                /** @description the author approved their own text: allowed, and shown */
                                selfApproved: boolean;
                                publishedAt: string | null;
                                publishedBy: string | null;
                                /** @description set at publication: whether everyone acknowledges this version again */
                                material: boolean | null;
                            } | null;
                            latest: {
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "in_review" | "approved" | "published" | "superseded";
                                sha256: string;
                                createdAt: string;
                                createdBy: string;
                                submittedAt: string | null;
                                approvedAt: string | null;
                                approvedBy: string | null;
                                /** @description the author approved their own text: allowed, and shown */
                                selfApproved: boolean;
                                publishedAt: string | null;
                                publishedBy: string | null;
                                /** @description set at publication: whether everyone acknowledges this version again */
                                material: boolean | null;
                            };
                            /** @description the earliest yearly review not done; null before the first publication */
                            review: {
                                dueOn: string;
                                /** @enum {string} */
                                status: "upcoming" | "open" | "missed";
                                overdueDays: number | null;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/versions/{version}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the approved version */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description required for a new version of a published policy */
                        material?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "policy" | "procedure" | "orientation";
                            title: string;
                            templateId: string | null;
                            /** @description a procedure: the policy it carries out */
                            parentId: string | null;
                            ownerRole: string;
                            appliesTo: string[];
                            criteria: string[];
                            procedure: string | null;
                            evidence: string | null;
                            reviewObligationId: string | null;
                            createdAt: string;
                            retiredAt: string | null;
                            /** @enum {string} */
                            status: "retired" | "draft" | "in_review" | "approved" | "published" | "superseded";
                            published: {
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "in_review" | "approved" | "published" | "superseded";
                                sha256: string;
                                createdAt: string;
                                createdBy: string;
                                submittedAt: string | null;
                                approvedAt: string | null;
                                approvedBy: string | null;
                                /** @description the author approved their own text: allowed, and shown */
                                selfApproved: boolean;
                                publishedAt: string | null;
                                publishedBy: string | null;
                                /** @description set at publication: whether everyone acknowledges this version again */
                                material: boolean | null;
                            } | null;
                            latest: {
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "in_review" | "approved" | "published" | "superseded";
                                sha256: string;
                                createdAt: string;
                                createdBy: string;
                                submittedAt: string | null;
                                approvedAt: string | null;
                                approvedBy: string | null;
                                /** @description the author approved their own text: allowed, and shown */
                                selfApproved: boolean;
                                publishedAt: string | null;
                                publishedBy: string | null;
                                /** @description set at publication: whether everyone acknowledges this version again */
                                material: boolean | null;
                            };
                            /** @description the earliest yearly review not done; null before the first publication */
                            review: {
                                dueOn: string;
                                /** @enum {string} */
                                status: "upcoming" | "open" | "missed";
                                overdueDays: number | null;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the yearly review, with or without changes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        changed: boolean;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "policy" | "procedure" | "orientation";
                            title: string;
                            templateId: string | null;
                            /** @description a procedure: the policy it carries out */
                            parentId: string | null;
                            ownerRole: string;
                            appliesTo: string[];
                            criteria: string[];
                            procedure: string | null;
                            evidence: string | null;
                            reviewObligationId: string | null;
                            createdAt: string;
                            retiredAt: string | null;
                            /** @enum {string} */
                            status: "retired" | "draft" | "in_review" | "approved" | "published" | "superseded";
                            published: {
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "in_review" | "approved" | "published" | "superseded";
                                sha256: string;
                                createdAt: string;
                                createdBy: string;
                                submittedAt: string | null;
                                approvedAt: string | null;
                                approvedBy: string | null;
                                /** @description the author approved their own text: allowed, and shown */
                                selfApproved: boolean;
                                publishedAt: string | null;
                                publishedBy: string | null;
                                /** @description set at publication: whether everyone acknowledges this version again */
                                material: boolean | null;
                            } | null;
                            latest: {
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "in_review" | "approved" | "published" | "superseded";
                                sha256: string;
                                createdAt: string;
                                createdBy: string;
                                submittedAt: string | null;
                                approvedAt: string | null;
                                approvedBy: string | null;
                                /** @description the author approved their own text: allowed, and shown */
                                selfApproved: boolean;
                                publishedAt: string | null;
                                publishedBy: string | null;
                                /** @description set at publication: whether everyone acknowledges this version again */
                                material: boolean | null;
                            };
                            /** @description the earliest yearly review not done; null before the first publication */
                            review: {
                                dueOn: string;
                                /** @enum {string} */
                                status: "upcoming" | "open" | "missed";
                                overdueDays: number | null;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire a policy: no longer in force, no more reviews */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "policy" | "procedure" | "orientation";
                            title: string;
                            templateId: string | null;
                            /** @description a procedure: the policy it carries out */
                            parentId: string | null;
                            ownerRole: string;
                            appliesTo: string[];
                            criteria: string[];
                            procedure: string | null;
                            evidence: string | null;
                            reviewObligationId: string | null;
                            createdAt: string;
                            retiredAt: string | null;
                            /** @enum {string} */
                            status: "retired" | "draft" | "in_review" | "approved" | "published" | "superseded";
                            published: {
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "in_review" | "approved" | "published" | "superseded";
                                sha256: string;
                                createdAt: string;
                                createdBy: string;
                                submittedAt: string | null;
                                approvedAt: string | null;
                                approvedBy: string | null;
                                /** @description the author approved their own text: allowed, and shown */
                                selfApproved: boolean;
                                publishedAt: string | null;
                                publishedBy: string | null;
                                /** @description set at publication: whether everyone acknowledges this version again */
                                material: boolean | null;
                            } | null;
                            latest: {
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "in_review" | "approved" | "published" | "superseded";
                                sha256: string;
                                createdAt: string;
                                createdBy: string;
                                submittedAt: string | null;
                                approvedAt: string | null;
                                approvedBy: string | null;
                                /** @description the author approved their own text: allowed, and shown */
                                selfApproved: boolean;
                                publishedAt: string | null;
                                publishedBy: string | null;
                                /** @description set at publication: whether everyone acknowledges this version again */
                                material: boolean | null;
                            };
                            /** @description the earliest yearly review not done; null before the first publication */
                            review: {
                                dueOn: string;
                                /** @enum {string} */
                                status: "upcoming" | "open" | "missed";
                                overdueDays: number | null;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/acknowledgements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who has acknowledged which policy, and who has not */
        get: {
            parameters: {
                query?: {
                    /** @description one policy only */
                    policy?: string;
                    /** @description true: only what is not acknowledged yet */
                    outstanding?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rows: {
                                personId: string;
                                name: string;
                                email: string;
                                /** @enum {string} */
                                kind: "employee" | "contractor" | "freelancer" | "intern" | "short-term";
                                /** @enum {string} */
                                engagement: "pre-hire" | "active";
                                policyId: string;
                                title: string;
                                /** @enum {string} */
                                policyKind: "policy" | "orientation";
                                /** @description the newest material version: acknowledging it or a later one counts */
                                requiredVersion: number;
                                inForceVersion: number;
                                /** @enum {string} */
                                status: "acknowledged" | "outstanding";
                                /** @description the newest version this person acknowledged, even one that no longer counts */
                                acknowledgedVersion: number | null;
                                acknowledgedAt: string | null;
                                /** @enum {string|null} */
                                via: "session" | "link" | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/acknowledgements.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same as CSV, one row per person and policy */
        get: {
            parameters: {
                query?: {
                    /** @description one policy only */
                    policy?: string;
                    /** @description true: only what is not acknowledged yet */
                    outstanding?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/acknowledgements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The policies I am asked to acknowledge, with their texts, and those I have */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description null: this user is not in the people directory */
                            person: {
                                id: string;
                                name: string;
                                email: string;
                                /** @enum {string} */
                                kind: "employee" | "contractor" | "freelancer" | "intern" | "short-term";
                            } | null;
                            outstanding: {
                                policyId: string;
                                title: string;
                                /** @enum {string} */
                                kind: "policy" | "orientation";
                                version: number;
                                sha256: string;
                                /** @description rendered; raw HTML in the text is shown as text */
                                html: string;
                                /** @description acknowledged before, in a version a material change since no longer counts */
                                previousVersion: number | null;
                            }[];
                            acknowledged: {
                                policyId: string;
                                title: string;
                                version: number;
                                acknowledgedAt: string;
                                /** @enum {string} */
                                via: "session" | "link";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** I have read and agree to this version of a policy */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        policyId: string;
                        version: number;
                        /** @description the SHA-256 of the text read */
                        sha256: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            personId: string;
                            policyId: string;
                            version: number;
                            sha256: string;
                            acknowledgedAt: string;
                            /** @enum {string} */
                            via: "session" | "link";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/acknowledgement-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A single-use link, valid 14 days, for someone without a login to acknowledge what they owe */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description work email, alias or directory id */
                        person: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description shown once: the server keeps only its SHA-256 */
                            url: string;
                            expiresAt: string;
                            person: {
                                id: string;
                                name: string;
                                email: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/acknowledgement-links/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a link asks its person to read and acknowledge */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            workspace: string;
                            person: {
                                name: string;
                            };
                            expiresAt: string;
                            outstanding: {
                                policyId: string;
                                title: string;
                                /** @enum {string} */
                                kind: "policy" | "orientation";
                                version: number;
                                sha256: string;
                                /** @description rendered; raw HTML in the text is shown as text */
                                html: string;
                                /** @description acknowledged before, in a version a material change since no longer counts */
                                previousVersion: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Acknowledge from a link: every policy listed, at once; the link is then used */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        acknowledgements: {
                            policyId: string;
                            version: number;
                            /** @description the SHA-256 of the text read */
                            sha256: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acknowledged: {
                                personId: string;
                                policyId: string;
                                version: number;
                                sha256: string;
                                acknowledgedAt: string;
                                /** @enum {string} */
                                via: "session" | "link";
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everyone in the directory, by name, with their current engagement */
        get: {
            parameters: {
                query?: {
                    status?: "pre-hire" | "active" | "offboarding" | "departed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            people: {
                                id: string;
                                name: string;
                                email: string;
                                aliases: string[];
                                createdAt: string;
                                /** @description the newest engagement */
                                current: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "employee" | "contractor" | "freelancer" | "intern" | "short-term";
                                    title: string | null;
                                    department: string | null;
                                    manager: {
                                        id: string;
                                        name: string;
                                        email: string;
                                    } | null;
                                    startOn: string;
                                    endOn: string | null;
                                    /**
                                     * @description computed: pre-hire before the start date, offboarding until its last item is done, then departed
                                     * @enum {string}
                                     */
                                    status: "pre-hire" | "active" | "offboarding" | "departed";
                                    /** @description still active after the end date: the offboarding is overdue */
                                    pastEndDate: boolean;
                                    onboarding: {
                                        id: string;
                                        startedAt: string;
                                        done: number;
                                        total: number;
                                    } | null;
                                    offboarding: {
                                        id: string;
                                        startedAt: string;
                                        done: number;
                                        total: number;
                                        terminatesAt: string;
                                        reason: string;
                                    } | null;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add someone new with their first engagement */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        email: string;
                        /** @enum {string} */
                        kind: "employee" | "contractor" | "freelancer" | "intern" | "short-term";
                        title?: string | null;
                        department?: string | null;
                        /** @description the manager's work email; they must be in the directory */
                        manager?: string | null;
                        /** Format: date */
                        startOn: string;
                        /**
                         * Format: date
                         * @description required for contractors and short-term help
                         */
                        endOn?: string | null;
                        /** @description other addresses their accounts use */
                        aliases?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            email: string;
                            aliases: string[];
                            createdAt: string;
                            /** @description the newest engagement */
                            current: {
                                id: string;
                                /** @enum {string} */
                                kind: "employee" | "contractor" | "freelancer" | "intern" | "short-term";
                                title: string | null;
                                department: string | null;
                                manager: {
                                    id: string;
                                    name: string;
                                    email: string;
                                } | null;
                                startOn: string;
                                endOn: string | null;
                                /**
                                 * @description computed: pre-hire before the start date, offboarding until its last item is done, then departed
                                 * @enum {string}
                                 */
                                status: "pre-hire" | "active" | "offboarding" | "departed";
                                /** @description still active after the end date: the offboarding is overdue */
                                pastEndDate: boolean;
                                onboarding: {
                                    id: string;
                                    startedAt: string;
                                    done: number;
                                    total: number;
                                } | null;
                                offboarding: {
                                    id: string;
                                    startedAt: string;
                                    done: number;
                                    total: number;
                                    terminatesAt: string;
                                    reason: string;
                                } | null;
                            };
                            /** @description oldest first; someone who returned has one per engagement */
                            engagements: {
                                id: string;
                                /** @enum {string} */
                                kind: "employee" | "contractor" | "freelancer" | "intern" | "short-term";
                                title: string | null;
                                department: string | null;
                                manager: {
                                    id: string;
                                    name: string;
                                    email: string;
                                } | null;
                                startOn: string;
                                endOn: string | null;
                                /**
                                 * @description computed: pre-hire before the start date, offboarding until its last item is done, then departed
                                 * @enum {string}
                                 */
                                status: "pre-hire" | "active" | "offboarding" | "departed";
                                /** @description still active after the end date: the offboarding is overdue */
                                pastEndDate: boolean;
                                onboarding: {
                                    id: string;
                                    startedAt: string;
                                    done: number;
                                    total: number;
                                } | null;
                                offboarding: {
                                    id: string;
                                    startedAt: string;
                                    done: number;
                                    total: number;
                                    terminatesAt: string;
                                    reason: string;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/import/columns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The columns of an HR export the import reads, and the worker types it knows */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            columns: {
                                field: string;
                                headers: string[];
                                required: string;
                                description: string;
                            }[];
                            kinds: {
                                [key: string]: string[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One person by id, work email or alias, with every engagement */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            email: string;
                            aliases: string[];
                            createdAt: string;
                            /** @description the newest engagement */
                            current: {
                                id: string;
                                /** @enum {string} */
                                kind: "employee" | "contractor" | "freelancer" | "intern" | "short-term";
                                title: string | null;
                                department: string | null;
                                manager: {
                                    id: string;
                                    name: string;
                                    email: string;
                                } | null;
                                startOn: string;
                                endOn: string | null;
                                /**
                                 * @description computed: pre-hire before the start date, offboarding until its last item is done, then departed
                                 * @enum {string}
                                 */
                                status: "pre-hire" | "active" | "offboarding" | "departed";
                                /** @description still active after the end date: the offboarding is overdue */
                                pastEndDate: boolean;
                                onboarding: {
                                    id: string;
                                    startedAt: string;
                                    done: number;
                                    total: number;
                                } | null;
                                offboarding: {
                                    id: string;
                                    startedAt: string;
                                    done: number;
                                    total: number;
                                    terminatesAt: string;
                                    reason: string;
                                } | null;
                            };
                            /** @description oldest first; someone who returned has one per engagement */
                            engagements: {
                                id: string;
                                /** @enum {string} */
                                kind: "employee" | "contractor" | "freelancer" | "intern" | "short-term";
                                title: string | null;
                                department: string | null;
                                manager: {
                                    id: string;
                                    name: string;
                                    email: string;
                                } | null;
                                startOn: string;
                                endOn: string | null;
                                /**
                                 * @description computed: pre-hire before the start date, offboarding until its last item is done, then departed
                                 * @enum {string}
                                 */
                                status: "pre-hire" | "active" | "offboarding" | "departed";
                                /** @description still active after the end date: the offboarding is overdue */
                                pastEndDate: boolean;
                                onboarding: {
                                    id: string;
                                    startedAt: string;
                                    done: number;
                                    total: number;
                                } | null;
                                offboarding: {
                                    id: string;
                                    startedAt: string;
                                    done: number;
                                    total: number;
                                    terminatesAt: string;
                                    reason: string;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change someone's details or current engagement; the change is recorded before and after */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description only the fields to change; null clears one */
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        email?: string;
                        /** @enum {string} */
                        kind?: "employee" | "contractor" | "freelancer" | "intern" | "short-term";
                        title?: string | null;
                        department?: string | null;
                        /** @description the manager's work email; they must be in the directory */
                        manager?: string | null;
                        /** Format: date */
                        startOn?: string;
                        /**
                         * Format: date
                         * @description required for contractors and short-term help
                         */
                        endOn?: string | null;
                        /** @description other addresses their accounts use */
                        aliases?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            email: string;
                            aliases: string[];
                            createdAt: string;
                            /** @description the newest engagement */
                            current: {
                                id: string;
                                /** @enum {string} */
                                kind: "employee" | "contractor" | "freelancer" | "intern" | "short-term";
                                title: string | null;
                                department: string | null;
                                manager: {
                                    id: string;
                                    name: string;
                                    email: string;
                                } | null;
                                startOn: string;
                                endOn: string | null;
                                /**
                                 * @description computed: pre-hire before the start date, offboarding until its last item is done, then departed
                                 * @enum {string}
                                 */
                                status: "pre-hire" | "active" | "offboarding" | "departed";
                                /** @description still active after the end date: the offboarding is overdue */
                                pastEndDate: boolean;
                                onboarding: {
                                    id: string;
                                    startedAt: string;
                                    done: number;
                                    total: number;
                                } | null;
                                offboarding: {
                                    id: string;
                                    startedAt: string;
                                    done: number;
                                    total: number;
                                    terminatesAt: string;
                                    reason: string;
                                } | null;
                            };
                            /** @description oldest first; someone who returned has one per engagement */
                            engagements: {
                                id: string;
                                /** @enum {string} */
                                kind: "employee" | "contractor" | "freelancer" | "intern" | "short-term";
                                title: string | null;
                                department: string | null;
                                manager: {
                                    id: string;
                                    name: string;
                                    email: string;
                                } | null;
                                startOn: string;
                                endOn: string | null;
                                /**
                                 * @description computed: pre-hire before the start date, offboarding until its last item is done, then departed
                                 * @enum {string}
                                 */
                                status: "pre-hire" | "active" | "offboarding" | "departed";
                                /** @description still active after the end date: the offboarding is overdue */
                                pastEndDate: boolean;
                                onboarding: {
                                    id: string;
                                    startedAt: string;
                                    done: number;
                                    total: number;
                                } | null;
                                offboarding: {
                                    id: string;
                                    startedAt: string;
                                    done: number;
                                    total: number;
                                    terminatesAt: string;
                                    reason: string;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/people/{id}/engagements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring back someone who left: a new engagement, onboarded from zero */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        kind: "employee" | "contractor" | "freelancer" | "intern" | "short-term";
                        title?: string | null;
                        department?: string | null;
                        /** @description the manager's work email; they must be in the directory */
                        manager?: string | null;
                        /** Format: date */
                        startOn: string;
                        /**
                         * Format: date
                         * @description required for contractors and short-term help
                         */
                        endOn?: string | null;
                        /** @description other addresses their accounts use */
                        aliases?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            email: string;
                            aliases: string[];
                            createdAt: string;
                            /** @description the newest engagement */
                            current: {
                                id: string;
                                /** @enum {string} */
                                kind: "employee" | "contractor" | "freelancer" | "intern" | "short-term";
                                title: string | null;
                                department: string | null;
                                manager: {
                                    id: string;
                                    name: string;
                                    email: string;
                                } | null;
                                startOn: string;
                                endOn: string | null;
                                /**
                                 * @description computed: pre-hire before the start date, offboarding until its last item is done, then departed
                                 * @enum {string}
                                 */
                                status: "pre-hire" | "active" | "offboarding" | "departed";
                                /** @description still active after the end date: the offboarding is overdue */
                                pastEndDate: boolean;
                                onboarding: {
                                    id: string;
                                    startedAt: string;
                                    done: number;
                                    total: number;
                                } | null;
                                offboarding: {
                                    id: string;
                                    startedAt: string;
                                    done: number;
                                    total: number;
                                    terminatesAt: string;
                                    reason: string;
                                } | null;
                            };
                            /** @description oldest first; someone who returned has one per engagement */
                            engagements: {
                                id: string;
                                /** @enum {string} */
                                kind: "employee" | "contractor" | "freelancer" | "intern" | "short-term";
                                title: string | null;
                                department: string | null;
                                manager: {
                                    id: string;
                                    name: string;
                                    email: string;
                                } | null;
                                startOn: string;
                                endOn: string | null;
                                /**
                                 * @description computed: pre-hire before the start date, offboarding until its last item is done, then departed
                                 * @enum {string}
                                 */
                                status: "pre-hire" | "active" | "offboarding" | "departed";
                                /** @description still active after the end date: the offboarding is overdue */
                                pastEndDate: boolean;
                                onboarding: {
                                    id: string;
                                    startedAt: string;
                                    done: number;
                                    total: number;
                                } | null;
                                offboarding: {
                                    id: string;
                                    startedAt: string;
                                    done: number;
                                    total: number;
                                    terminatesAt: string;
                                    reason: string;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/import/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What importing an HR export would do, person by person; writes nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fileName: string;
                        /** @description the text of the HR export, UTF-8, at most 5 MB */
                        csv: string;
                        /**
                         * @description how dates like 03/04/2026 read; YYYY-MM-DD is always accepted
                         * @enum {string}
                         */
                        dateFormat?: "YYYY-MM-DD" | "MM/DD/YYYY" | "DD/MM/YYYY";
                        /** @description skip columns the import does not read instead of refusing the file */
                        ignoreUnknownColumns?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            fileName: string;
                            sha256: string;
                            rows: number;
                            columns: {
                                header: string;
                                field: string;
                            }[];
                            ignoredColumns: string[];
                            /** @description not in the directory: added */
                            new: {
                                name: string;
                                email: string;
                                aliases: string[];
                                /** @enum {string} */
                                kind: "employee" | "contractor" | "freelancer" | "intern" | "short-term";
                                title: string | null;
                                department: string | null;
                                manager: string | null;
                                startOn: string;
                                endOn: string | null;
                                line: number;
                            }[];
                            changed: {
                                line: number;
                                personId: string;
                                name: string;
                                email: string;
                                changes: {
                                    field: string;
                                    from: (string | string[]) | null;
                                    to: (string | string[]) | null;
                                }[];
                            }[];
                            unchanged: {
                                line: number;
                                personId: string;
                                name: string;
                                email: string;
                            }[];
                            /** @description departed and back: a new engagement, onboarded from zero */
                            returning: {
                                name: string;
                                email: string;
                                aliases: string[];
                                /** @enum {string} */
                                kind: "employee" | "contractor" | "freelancer" | "intern" | "short-term";
                                title: string | null;
                                department: string | null;
                                manager: string | null;
                                startOn: string;
                                endOn: string | null;
                                line: number;
                                personId: string;
                                leftOn: string;
                            }[];
                            /** @description gone by the file's own end date: not imported */
                            left: {
                                line: number;
                                personId: string | null;
                                name: string;
                                email: string;
                                endOn: string;
                            }[];
                            /** @description active or pre-hire but not in the file: never offboarded by the import */
                            missing: {
                                personId: string;
                                name: string;
                                email: string;
                                kind: string;
                                status: string;
                                startOn: string;
                                endOn: string | null;
                            }[];
                            notes: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import the HR export that was previewed, named by its SHA-256, in one transaction */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fileName: string;
                        /** @description the text of the HR export, UTF-8, at most 5 MB */
                        csv: string;
                        /**
                         * @description how dates like 03/04/2026 read; YYYY-MM-DD is always accepted
                         * @enum {string}
                         */
                        dateFormat?: "YYYY-MM-DD" | "MM/DD/YYYY" | "DD/MM/YYYY";
                        /** @description skip columns the import does not read instead of refusing the file */
                        ignoreUnknownColumns?: boolean;
                        /** @description the SHA-256 of the file as previewed */
                        sha256: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            fileName: string;
                            sha256: string;
                            rows: number;
                            columns: {
                                header: string;
                                field: string;
                            }[];
                            ignoredColumns: string[];
                            /** @description not in the directory: added */
                            new: {
                                name: string;
                                email: string;
                                aliases: string[];
                                /** @enum {string} */
                                kind: "employee" | "contractor" | "freelancer" | "intern" | "short-term";
                                title: string | null;
                                department: string | null;
                                manager: string | null;
                                startOn: string;
                                endOn: string | null;
                                line: number;
                            }[];
                            changed: {
                                line: number;
                                personId: string;
                                name: string;
                                email: string;
                                changes: {
                                    field: string;
                                    from: (string | string[]) | null;
                                    to: (string | string[]) | null;
                                }[];
                            }[];
                            unchanged: {
                                line: number;
                                personId: string;
                                name: string;
                                email: string;
                            }[];
                            /** @description departed and back: a new engagement, onboarded from zero */
                            returning: {
                                name: string;
                                email: string;
                                aliases: string[];
                                /** @enum {string} */
                                kind: "employee" | "contractor" | "freelancer" | "intern" | "short-term";
                                title: string | null;
                                department: string | null;
                                manager: string | null;
                                startOn: string;
                                endOn: string | null;
                                line: number;
                                personId: string;
                                leftOn: string;
                            }[];
                            /** @description gone by the file's own end date: not imported */
                            left: {
                                line: number;
                                personId: string | null;
                                name: string;
                                email: string;
                                endOn: string;
                            }[];
                            /** @description active or pre-hire but not in the file: never offboarded by the import */
                            missing: {
                                personId: string;
                                name: string;
                                email: string;
                                kind: string;
                                status: string;
                                startOn: string;
                                endOn: string | null;
                            }[];
                            notes: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/checklists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every onboarding and offboarding of a person, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checklists: {
                                id: string;
                                /** @enum {string} */
                                kind: "onboarding" | "offboarding";
                                person: {
                                    id: string;
                                    name: string;
                                    email: string;
                                };
                                engagement: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "employee" | "contractor" | "freelancer" | "intern" | "short-term";
                                    title: string | null;
                                    startOn: string;
                                    endOn: string | null;
                                    managerId: string | null;
                                };
                                startedAt: string;
                                startedBy: string;
                                terminatesAt: string | null;
                                /** @enum {string|null} */
                                reason: "voluntary" | "involuntary" | "reduction-in-force" | "contract-end" | null;
                                conversationAt: string | null;
                                batchId: string | null;
                                /** @description offboarding: every access item is due by the end of the termination day */
                                deadline: {
                                    obligationId: string;
                                    dueOn: string;
                                    dueAt: string;
                                    /** @enum {string} */
                                    status: "upcoming" | "open" | "on_time" | "late" | "missed";
                                    overdueDays?: number;
                                    lateDays?: number;
                                } | null;
                                items: {
                                    key: string;
                                    phase: string;
                                    title: string;
                                    /** @enum {string} */
                                    proof: "confirmation" | "file" | "link";
                                    /** @enum {string} */
                                    confirmedBy: "admin" | "manager" | "person";
                                    system: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    accessRole: string | null;
                                    asset: {
                                        id: string;
                                        tag: string;
                                        kind: string;
                                    } | null;
                                    /** @description the local date it should be done by */
                                    dueOn: string;
                                    done: boolean;
                                    doneAt: string | null;
                                    effectiveAt: string | null;
                                    doneBy: string | null;
                                    outcome: string | null;
                                    /** @description the answers it accepts; the first is the usual one */
                                    outcomes: string[];
                                    link: string | null;
                                    attachmentSha256: string | null;
                                    note: string | null;
                                    evidenceSeq: number | null;
                                }[];
                                done: number;
                                total: number;
                                completedAt: string | null;
                                exceptions: {
                                    key: string;
                                    /** @enum {string} */
                                    rule: "late" | "after-conversation" | "not-returned";
                                    detail: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/onboarding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a person’s onboarding from the checklist for their kind */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the accounts to create; default: every in-scope system with a default role (none for time-bounded people) */
                        systems?: {
                            system: string;
                            role?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "onboarding" | "offboarding";
                            person: {
                                id: string;
                                name: string;
                                email: string;
                            };
                            engagement: {
                                id: string;
                                /** @enum {string} */
                                kind: "employee" | "contractor" | "freelancer" | "intern" | "short-term";
                                title: string | null;
                                startOn: string;
                                endOn: string | null;
                                managerId: string | null;
                            };
                            startedAt: string;
                            startedBy: string;
                            terminatesAt: string | null;
                            /** @enum {string|null} */
                            reason: "voluntary" | "involuntary" | "reduction-in-force" | "contract-end" | null;
                            conversationAt: string | null;
                            batchId: string | null;
                            /** @description offboarding: every access item is due by the end of the termination day */
                            deadline: {
                                obligationId: string;
                                dueOn: string;
                                dueAt: string;
                                /** @enum {string} */
                                status: "upcoming" | "open" | "on_time" | "late" | "missed";
                                overdueDays?: number;
                                lateDays?: number;
                            } | null;
                            items: {
                                key: string;
                                phase: string;
                                title: string;
                                /** @enum {string} */
                                proof: "confirmation" | "file" | "link";
                                /** @enum {string} */
                                confirmedBy: "admin" | "manager" | "person";
                                system: {
                                    id: string;
                                    name: string;
                                } | null;
                                accessRole: string | null;
                                asset: {
                                    id: string;
                                    tag: string;
                                    kind: string;
                                } | null;
                                /** @description the local date it should be done by */
                                dueOn: string;
                                done: boolean;
                                doneAt: string | null;
                                effectiveAt: string | null;
                                doneBy: string | null;
                                outcome: string | null;
                                /** @description the answers it accepts; the first is the usual one */
                                outcomes: string[];
                                link: string | null;
                                attachmentSha256: string | null;
                                note: string | null;
                                evidenceSeq: number | null;
                            }[];
                            done: number;
                            total: number;
                            completedAt: string | null;
                            exceptions: {
                                key: string;
                                /** @enum {string} */
                                rule: "late" | "after-conversation" | "not-returned";
                                detail: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/offboarding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an offboarding: every access item is due by the end of the termination day */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description ISO 8601 time with an offset
                         */
                        terminatesAt: string;
                        /** @enum {string} */
                        reason: "voluntary" | "involuntary" | "contract-end";
                        /**
                         * Format: date-time
                         * @description involuntary: when the person is told
                         */
                        conversationAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "onboarding" | "offboarding";
                            person: {
                                id: string;
                                name: string;
                                email: string;
                            };
                            engagement: {
                                id: string;
                                /** @enum {string} */
                                kind: "employee" | "contractor" | "freelancer" | "intern" | "short-term";
                                title: string | null;
                                startOn: string;
                                endOn: string | null;
                                managerId: string | null;
                            };
                            startedAt: string;
                            startedBy: string;
                            terminatesAt: string | null;
                            /** @enum {string|null} */
                            reason: "voluntary" | "involuntary" | "reduction-in-force" | "contract-end" | null;
                            conversationAt: string | null;
                            batchId: string | null;
                            /** @description offboarding: every access item is due by the end of the termination day */
                            deadline: {
                                obligationId: string;
                                dueOn: string;
                                dueAt: string;
                                /** @enum {string} */
                                status: "upcoming" | "open" | "on_time" | "late" | "missed";
                                overdueDays?: number;
                                lateDays?: number;
                            } | null;
                            items: {
                                key: string;
                                phase: string;
                                title: string;
                                /** @enum {string} */
                                proof: "confirmation" | "file" | "link";
                                /** @enum {string} */
                                confirmedBy: "admin" | "manager" | "person";
                                system: {
                                    id: string;
                                    name: string;
                                } | null;
                                accessRole: string | null;
                                asset: {
                                    id: string;
                                    tag: string;
                                    kind: string;
                                } | null;
                                /** @description the local date it should be done by */
                                dueOn: string;
                                done: boolean;
                                doneAt: string | null;
                                effectiveAt: string | null;
                                doneBy: string | null;
                                outcome: string | null;
                                /** @description the answers it accepts; the first is the usual one */
                                outcomes: string[];
                                link: string | null;
                                attachmentSha256: string | null;
                                note: string | null;
                                evidenceSeq: number | null;
                            }[];
                            done: number;
                            total: number;
                            completedAt: string | null;
                            exceptions: {
                                key: string;
                                /** @enum {string} */
                                rule: "late" | "after-conversation" | "not-returned";
                                detail: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/reduction-in-force": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Offboard many people at one coordinated cut-off time, in one transaction */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description ids or work emails */
                        people: string[];
                        /**
                         * Format: date-time
                         * @description ISO 8601 time with an offset
                         */
                        terminatesAt: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time with an offset
                         */
                        conversationAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checklists: {
                                id: string;
                                /** @enum {string} */
                                kind: "onboarding" | "offboarding";
                                person: {
                                    id: string;
                                    name: string;
                                    email: string;
                                };
                                engagement: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "employee" | "contractor" | "freelancer" | "intern" | "short-term";
                                    title: string | null;
                                    startOn: string;
                                    endOn: string | null;
                                    managerId: string | null;
                                };
                                startedAt: string;
                                startedBy: string;
                                terminatesAt: string | null;
                                /** @enum {string|null} */
                                reason: "voluntary" | "involuntary" | "reduction-in-force" | "contract-end" | null;
                                conversationAt: string | null;
                                batchId: string | null;
                                /** @description offboarding: every access item is due by the end of the termination day */
                                deadline: {
                                    obligationId: string;
                                    dueOn: string;
                                    dueAt: string;
                                    /** @enum {string} */
                                    status: "upcoming" | "open" | "on_time" | "late" | "missed";
                                    overdueDays?: number;
                                    lateDays?: number;
                                } | null;
                                items: {
                                    key: string;
                                    phase: string;
                                    title: string;
                                    /** @enum {string} */
                                    proof: "confirmation" | "file" | "link";
                                    /** @enum {string} */
                                    confirmedBy: "admin" | "manager" | "person";
                                    system: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    accessRole: string | null;
                                    asset: {
                                        id: string;
                                        tag: string;
                                        kind: string;
                                    } | null;
                                    /** @description the local date it should be done by */
                                    dueOn: string;
                                    done: boolean;
                                    doneAt: string | null;
                                    effectiveAt: string | null;
                                    doneBy: string | null;
                                    outcome: string | null;
                                    /** @description the answers it accepts; the first is the usual one */
                                    outcomes: string[];
                                    link: string | null;
                                    attachmentSha256: string | null;
                                    note: string | null;
                                    evidenceSeq: number | null;
                                }[];
                                done: number;
                                total: number;
                                completedAt: string | null;
                                exceptions: {
                                    key: string;
                                    /** @enum {string} */
                                    rule: "late" | "after-conversation" | "not-returned";
                                    detail: string;
                                }[];
                            }[];
                            batchId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/checklists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One checklist with its items, deadline and exceptions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "onboarding" | "offboarding";
                            person: {
                                id: string;
                                name: string;
                                email: string;
                            };
                            engagement: {
                                id: string;
                                /** @enum {string} */
                                kind: "employee" | "contractor" | "freelancer" | "intern" | "short-term";
                                title: string | null;
                                startOn: string;
                                endOn: string | null;
                                managerId: string | null;
                            };
                            startedAt: string;
                            startedBy: string;
                            terminatesAt: string | null;
                            /** @enum {string|null} */
                            reason: "voluntary" | "involuntary" | "reduction-in-force" | "contract-end" | null;
                            conversationAt: string | null;
                            batchId: string | null;
                            /** @description offboarding: every access item is due by the end of the termination day */
                            deadline: {
                                obligationId: string;
                                dueOn: string;
                                dueAt: string;
                                /** @enum {string} */
                                status: "upcoming" | "open" | "on_time" | "late" | "missed";
                                overdueDays?: number;
                                lateDays?: number;
                            } | null;
                            items: {
                                key: string;
                                phase: string;
                                title: string;
                                /** @enum {string} */
                                proof: "confirmation" | "file" | "link";
                                /** @enum {string} */
                                confirmedBy: "admin" | "manager" | "person";
                                system: {
                                    id: string;
                                    name: string;
                                } | null;
                                accessRole: string | null;
                                asset: {
                                    id: string;
                                    tag: string;
                                    kind: string;
                                } | null;
                                /** @description the local date it should be done by */
                                dueOn: string;
                                done: boolean;
                                doneAt: string | null;
                                effectiveAt: string | null;
                                doneBy: string | null;
                                outcome: string | null;
                                /** @description the answers it accepts; the first is the usual one */
                                outcomes: string[];
                                link: string | null;
                                attachmentSha256: string | null;
                                note: string | null;
                                evidenceSeq: number | null;
                            }[];
                            done: number;
                            total: number;
                            completedAt: string | null;
                            exceptions: {
                                key: string;
                                /** @enum {string} */
                                rule: "late" | "after-conversation" | "not-returned";
                                detail: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/checklist-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The open items waiting for me, as the person or as their manager */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                checklistId: string;
                                /** @enum {string} */
                                kind: "onboarding" | "offboarding";
                                person: {
                                    name: string;
                                    email: string;
                                };
                                /** @enum {string} */
                                as: "person" | "manager";
                                item: {
                                    key: string;
                                    phase: string;
                                    title: string;
                                    /** @enum {string} */
                                    proof: "confirmation" | "file" | "link";
                                    /** @enum {string} */
                                    confirmedBy: "admin" | "manager" | "person";
                                    system: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    accessRole: string | null;
                                    asset: {
                                        id: string;
                                        tag: string;
                                        kind: string;
                                    } | null;
                                    /** @description the local date it should be done by */
                                    dueOn: string;
                                    done: boolean;
                                    doneAt: string | null;
                                    effectiveAt: string | null;
                                    doneBy: string | null;
                                    outcome: string | null;
                                    /** @description the answers it accepts; the first is the usual one */
                                    outcomes: string[];
                                    link: string | null;
                                    attachmentSha256: string | null;
                                    note: string | null;
                                    evidenceSeq: number | null;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/checklists/{id}/items/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete an item, with its proof; who may depends on the item */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        outcome?: string;
                        /** Format: date */
                        forwardUntil?: string;
                        link?: string;
                        /** @description the proof file, base64 */
                        file?: {
                            name: string;
                            contentBase64: string;
                        };
                        note?: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 time with an offset
                         */
                        effectiveAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "onboarding" | "offboarding";
                            person: {
                                id: string;
                                name: string;
                                email: string;
                            };
                            engagement: {
                                id: string;
                                /** @enum {string} */
                                kind: "employee" | "contractor" | "freelancer" | "intern" | "short-term";
                                title: string | null;
                                startOn: string;
                                endOn: string | null;
                                managerId: string | null;
                            };
                            startedAt: string;
                            startedBy: string;
                            terminatesAt: string | null;
                            /** @enum {string|null} */
                            reason: "voluntary" | "involuntary" | "reduction-in-force" | "contract-end" | null;
                            conversationAt: string | null;
                            batchId: string | null;
                            /** @description offboarding: every access item is due by the end of the termination day */
                            deadline: {
                                obligationId: string;
                                dueOn: string;
                                dueAt: string;
                                /** @enum {string} */
                                status: "upcoming" | "open" | "on_time" | "late" | "missed";
                                overdueDays?: number;
                                lateDays?: number;
                            } | null;
                            items: {
                                key: string;
                                phase: string;
                                title: string;
                                /** @enum {string} */
                                proof: "confirmation" | "file" | "link";
                                /** @enum {string} */
                                confirmedBy: "admin" | "manager" | "person";
                                system: {
                                    id: string;
                                    name: string;
                                } | null;
                                accessRole: string | null;
                                asset: {
                                    id: string;
                                    tag: string;
                                    kind: string;
                                } | null;
                                /** @description the local date it should be done by */
                                dueOn: string;
                                done: boolean;
                                doneAt: string | null;
                                effectiveAt: string | null;
                                doneBy: string | null;
                                outcome: string | null;
                                /** @description the answers it accepts; the first is the usual one */
                                outcomes: string[];
                                link: string | null;
                                attachmentSha256: string | null;
                                note: string | null;
                                evidenceSeq: number | null;
                            }[];
                            done: number;
                            total: number;
                            completedAt: string | null;
                            exceptions: {
                                key: string;
                                /** @enum {string} */
                                rule: "late" | "after-conversation" | "not-returned";
                                detail: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/checklist-templates/{kind}/{personKind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The checklist a kind of person gets: the workspace’s own, or the shipped one */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: "onboarding" | "offboarding";
                    personKind: "employee" | "contractor" | "freelancer" | "intern" | "short-term";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                key: string;
                                phase: string;
                                title: string;
                                /** @enum {string} */
                                proof: "confirmation" | "file" | "link";
                                /** @enum {string} */
                                confirmedBy: "admin" | "manager" | "person";
                            }[];
                            /** @description false: the checklist Groundwork ships */
                            edited: boolean;
                        };
                    };
                };
            };
        };
        /** Replace the checklist for a kind of person; checklists already started keep theirs */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: "onboarding" | "offboarding";
                    personKind: "employee" | "contractor" | "freelancer" | "intern" | "short-term";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            key: string;
                            phase: string;
                            title: string;
                            /** @enum {string} */
                            proof: "confirmation" | "file" | "link";
                            /** @enum {string} */
                            confirmedBy: "admin" | "manager" | "person";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                key: string;
                                phase: string;
                                title: string;
                                /** @enum {string} */
                                proof: "confirmation" | "file" | "link";
                                /** @enum {string} */
                                confirmedBy: "admin" | "manager" | "person";
                            }[];
                            /** @description false: the checklist Groundwork ships */
                            edited: boolean;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The last N onboardings and offboardings, or every hire and leaver in a window, with timing and exceptions */
        get: {
            parameters: {
                query?: {
                    /** @description the last N onboardings and offboardings */
                    last?: number;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            scope: {
                                last: number;
                            } | {
                                from: string;
                                to: string;
                            };
                            timeZone: string;
                            hires: {
                                /** @enum {string} */
                                population: "hire" | "leaver";
                                checklistId: string;
                                name: string;
                                email: string;
                                kind: string;
                                title: string | null;
                                date: string;
                                reason: string | null;
                                /** @enum {string} */
                                status: "complete" | "open";
                                done: number;
                                total: number;
                                completedAt: string | null;
                                timing: string;
                                doneBy: string[];
                                revoked: {
                                    system: string;
                                    outcome: string;
                                    at: string;
                                }[];
                                returned: {
                                    asset: string;
                                    outcome: string;
                                    at: string;
                                }[];
                                exceptions: {
                                    key: string;
                                    /** @enum {string} */
                                    rule: "late" | "after-conversation" | "not-returned";
                                    detail: string;
                                }[];
                            }[];
                            leavers: {
                                /** @enum {string} */
                                population: "hire" | "leaver";
                                checklistId: string;
                                name: string;
                                email: string;
                                kind: string;
                                title: string | null;
                                date: string;
                                reason: string | null;
                                /** @enum {string} */
                                status: "complete" | "open";
                                done: number;
                                total: number;
                                completedAt: string | null;
                                timing: string;
                                doneBy: string[];
                                revoked: {
                                    system: string;
                                    outcome: string;
                                    at: string;
                                }[];
                                returned: {
                                    asset: string;
                                    outcome: string;
                                    at: string;
                                }[];
                                exceptions: {
                                    key: string;
                                    /** @enum {string} */
                                    rule: "late" | "after-conversation" | "not-returned";
                                    detail: string;
                                }[];
                            }[];
                            missing: {
                                /** @enum {string} */
                                population: "hire" | "leaver";
                                name: string;
                                email: string;
                                kind: string;
                                date: string;
                                problem: string;
                            }[];
                            completeness: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/report.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same report as CSV */
        get: {
            parameters: {
                query?: {
                    /** @description the last N onboardings and offboardings */
                    last?: number;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same report as PDF */
        get: {
            parameters: {
                query?: {
                    /** @description the last N onboardings and offboardings */
                    last?: number;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/systems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every system of the inventory, retired ones last */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description in use first, then retired; by name */
                            systems: {
                                name: string;
                                /** @enum {string} */
                                category: "cloud-provider" | "code-repository" | "production-database" | "payment-processor" | "email" | "chat" | "password-manager" | "monitoring" | "support" | "marketing" | "analytics" | "hr" | "finance" | "legal" | "customer-facing-admin" | "other";
                                /** @description a person’s email, or a role such as "CTO" */
                                owner: string;
                                /**
                                 * @description the highest class of data it holds, as the Data Classification Policy defines them
                                 * @enum {string}
                                 */
                                classification: "public" | "internal" | "confidential";
                                /** @description in the audit’s scope; default true */
                                inScope: boolean;
                                /** @description people can only sign in through the company’s identity provider; default false */
                                ssoEnforced: boolean;
                                /** @description every account needs a second factor; default false */
                                mfaEnforced: boolean;
                                /** @description how long an idle session lasts; null when unknown or none */
                                sessionTimeoutMinutes: number | null;
                                /** @description the least-privilege role a new hire gets ("member", "read-only") */
                                defaultRole: string | null;
                                /** @description the slug of the name when it was added; it stays when the name changes */
                                id: string;
                                createdAt: string;
                                /** @description retired systems stay for the record and leave the onboarding and offboarding checklists */
                                retiredAt: string | null;
                                /** @description "import" when its accounts arrive as files, else the connector that pulls them ("github", "google-workspace") */
                                accountsFrom: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a system; its id is the slug of its name */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        category: "cloud-provider" | "code-repository" | "production-database" | "payment-processor" | "email" | "chat" | "password-manager" | "monitoring" | "support" | "marketing" | "analytics" | "hr" | "finance" | "legal" | "customer-facing-admin" | "other";
                        /** @description a person’s email, or a role such as "CTO" */
                        owner: string;
                        /**
                         * @description the highest class of data it holds, as the Data Classification Policy defines them
                         * @enum {string}
                         */
                        classification: "public" | "internal" | "confidential";
                        /** @description in the audit’s scope; default true */
                        inScope?: boolean;
                        /** @description people can only sign in through the company’s identity provider; default false */
                        ssoEnforced?: boolean;
                        /** @description every account needs a second factor; default false */
                        mfaEnforced?: boolean;
                        /** @description how long an idle session lasts; null when unknown or none */
                        sessionTimeoutMinutes?: number | null;
                        /** @description the least-privilege role a new hire gets ("member", "read-only") */
                        defaultRole?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            /** @enum {string} */
                            category: "cloud-provider" | "code-repository" | "production-database" | "payment-processor" | "email" | "chat" | "password-manager" | "monitoring" | "support" | "marketing" | "analytics" | "hr" | "finance" | "legal" | "customer-facing-admin" | "other";
                            /** @description a person’s email, or a role such as "CTO" */
                            owner: string;
                            /**
                             * @description the highest class of data it holds, as the Data Classification Policy defines them
                             * @enum {string}
                             */
                            classification: "public" | "internal" | "confidential";
                            /** @description in the audit’s scope; default true */
                            inScope: boolean;
                            /** @description people can only sign in through the company’s identity provider; default false */
                            ssoEnforced: boolean;
                            /** @description every account needs a second factor; default false */
                            mfaEnforced: boolean;
                            /** @description how long an idle session lasts; null when unknown or none */
                            sessionTimeoutMinutes: number | null;
                            /** @description the least-privilege role a new hire gets ("member", "read-only") */
                            defaultRole: string | null;
                            /** @description the slug of the name when it was added; it stays when the name changes */
                            id: string;
                            createdAt: string;
                            /** @description retired systems stay for the record and leave the onboarding and offboarding checklists */
                            retiredAt: string | null;
                            /** @description "import" when its accounts arrive as files, else the connector that pulls them ("github", "google-workspace") */
                            accountsFrom: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/systems/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One system */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            /** @enum {string} */
                            category: "cloud-provider" | "code-repository" | "production-database" | "payment-processor" | "email" | "chat" | "password-manager" | "monitoring" | "support" | "marketing" | "analytics" | "hr" | "finance" | "legal" | "customer-facing-admin" | "other";
                            /** @description a person’s email, or a role such as "CTO" */
                            owner: string;
                            /**
                             * @description the highest class of data it holds, as the Data Classification Policy defines them
                             * @enum {string}
                             */
                            classification: "public" | "internal" | "confidential";
                            /** @description in the audit’s scope; default true */
                            inScope: boolean;
                            /** @description people can only sign in through the company’s identity provider; default false */
                            ssoEnforced: boolean;
                            /** @description every account needs a second factor; default false */
                            mfaEnforced: boolean;
                            /** @description how long an idle session lasts; null when unknown or none */
                            sessionTimeoutMinutes: number | null;
                            /** @description the least-privilege role a new hire gets ("member", "read-only") */
                            defaultRole: string | null;
                            /** @description the slug of the name when it was added; it stays when the name changes */
                            id: string;
                            createdAt: string;
                            /** @description retired systems stay for the record and leave the onboarding and offboarding checklists */
                            retiredAt: string | null;
                            /** @description "import" when its accounts arrive as files, else the connector that pulls them ("github", "google-workspace") */
                            accountsFrom: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a system; each change is recorded before and after */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        category?: "cloud-provider" | "code-repository" | "production-database" | "payment-processor" | "email" | "chat" | "password-manager" | "monitoring" | "support" | "marketing" | "analytics" | "hr" | "finance" | "legal" | "customer-facing-admin" | "other";
                        /** @description a person’s email, or a role such as "CTO" */
                        owner?: string;
                        /**
                         * @description the highest class of data it holds, as the Data Classification Policy defines them
                         * @enum {string}
                         */
                        classification?: "public" | "internal" | "confidential";
                        /** @description in the audit’s scope; default true */
                        inScope?: boolean;
                        /** @description people can only sign in through the company’s identity provider; default false */
                        ssoEnforced?: boolean;
                        /** @description every account needs a second factor; default false */
                        mfaEnforced?: boolean;
                        /** @description how long an idle session lasts; null when unknown or none */
                        sessionTimeoutMinutes?: number | null;
                        /** @description the least-privilege role a new hire gets ("member", "read-only") */
                        defaultRole?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            /** @enum {string} */
                            category: "cloud-provider" | "code-repository" | "production-database" | "payment-processor" | "email" | "chat" | "password-manager" | "monitoring" | "support" | "marketing" | "analytics" | "hr" | "finance" | "legal" | "customer-facing-admin" | "other";
                            /** @description a person’s email, or a role such as "CTO" */
                            owner: string;
                            /**
                             * @description the highest class of data it holds, as the Data Classification Policy defines them
                             * @enum {string}
                             */
                            classification: "public" | "internal" | "confidential";
                            /** @description in the audit’s scope; default true */
                            inScope: boolean;
                            /** @description people can only sign in through the company’s identity provider; default false */
                            ssoEnforced: boolean;
                            /** @description every account needs a second factor; default false */
                            mfaEnforced: boolean;
                            /** @description how long an idle session lasts; null when unknown or none */
                            sessionTimeoutMinutes: number | null;
                            /** @description the least-privilege role a new hire gets ("member", "read-only") */
                            defaultRole: string | null;
                            /** @description the slug of the name when it was added; it stays when the name changes */
                            id: string;
                            createdAt: string;
                            /** @description retired systems stay for the record and leave the onboarding and offboarding checklists */
                            retiredAt: string | null;
                            /** @description "import" when its accounts arrive as files, else the connector that pulls them ("github", "google-workspace") */
                            accountsFrom: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/systems/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire a system the company stopped using, with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            /** @enum {string} */
                            category: "cloud-provider" | "code-repository" | "production-database" | "payment-processor" | "email" | "chat" | "password-manager" | "monitoring" | "support" | "marketing" | "analytics" | "hr" | "finance" | "legal" | "customer-facing-admin" | "other";
                            /** @description a person’s email, or a role such as "CTO" */
                            owner: string;
                            /**
                             * @description the highest class of data it holds, as the Data Classification Policy defines them
                             * @enum {string}
                             */
                            classification: "public" | "internal" | "confidential";
                            /** @description in the audit’s scope; default true */
                            inScope: boolean;
                            /** @description people can only sign in through the company’s identity provider; default false */
                            ssoEnforced: boolean;
                            /** @description every account needs a second factor; default false */
                            mfaEnforced: boolean;
                            /** @description how long an idle session lasts; null when unknown or none */
                            sessionTimeoutMinutes: number | null;
                            /** @description the least-privilege role a new hire gets ("member", "read-only") */
                            defaultRole: string | null;
                            /** @description the slug of the name when it was added; it stays when the name changes */
                            id: string;
                            createdAt: string;
                            /** @description retired systems stay for the record and leave the onboarding and offboarding checklists */
                            retiredAt: string | null;
                            /** @description "import" when its accounts arrive as files, else the connector that pulls them ("github", "google-workspace") */
                            accountsFrom: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account-formats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The exports an import reads, and the columns of the plain CSV */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            formats: {
                                id: string;
                                label: string;
                                /** @description the files one import of it takes */
                                files: string;
                            }[];
                            plainCsvColumns: {
                                header: string;
                                required: string;
                                description: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/systems/{id}/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A system’s accounts in its snapshot in force, matched to people and flagged with their reasons */
        get: {
            parameters: {
                query?: {
                    /** @description accounts carrying every flag given; repeat it for several */
                    flag?: ("no_mfa" | "dormant" | "never_used" | "leaver_active" | "contractor_expired" | "orphan" | "shared" | "privileged" | "privileged_daily_use" | "stale_credential" | "standing_oauth_grant") | ("no_mfa" | "dormant" | "never_used" | "leaver_active" | "contractor_expired" | "orphan" | "shared" | "privileged" | "privileged_daily_use" | "stale_credential" | "standing_oauth_grant")[];
                    /** @description part of the email, user name, display name, id or person’s name, any case */
                    search?: string;
                    /** @description a snapshot id of the system; the one in force when left out */
                    snapshot?: string;
                    offset?: number;
                    /** @description 0 answers only the total and the counts */
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            snapshot: {
                                id: string;
                                systemId: string;
                                /** @description 1, 2, 3 … per system; the newest is in force */
                                number: number;
                                format: string;
                                /** @description when the system’s list was taken */
                                asOf: string;
                                importedAt: string;
                                importedBy: string;
                                /** @description the files or API pages read, with their SHA-256 */
                                sources: {
                                    name: string;
                                    bytes: number;
                                    sha256: string;
                                }[];
                                accounts: number;
                            };
                            /** @description accounts that pass the filters */
                            total: number;
                            /** @description how many of them carry each flag */
                            counts: {
                                no_mfa: number;
                                dormant: number;
                                never_used: number;
                                leaver_active: number;
                                contractor_expired: number;
                                orphan: number;
                                shared: number;
                                privileged: number;
                                privileged_daily_use: number;
                                stale_credential: number;
                                standing_oauth_grant: number;
                            };
                            /** @description the page asked for, by display name */
                            accounts: {
                                externalId: string;
                                email: string | null;
                                userName: string | null;
                                displayName: string | null;
                                roles: string[];
                                privileged: boolean;
                                privilegeReason: string | null;
                                /** @description null when the export does not say */
                                mfa: boolean | null;
                                lastActivityAt: string | null;
                                /** @description whether the export reports activity at all */
                                lastActivityKnown: boolean;
                                createdAt: string | null;
                                /** @enum {string} */
                                status: "active" | "suspended" | "deprovisioned" | "invited";
                                /** @enum {string} */
                                kind: "human" | "service" | "bot" | "shared" | "guest";
                                credentialRotatedAt: string | null;
                                oauthGrants: number | null;
                                source: {
                                    file: string;
                                    line: number;
                                };
                                /** @description whose it is, as the directory says today; null for an orphan */
                                person: {
                                    id: string;
                                    name: string;
                                    email: string;
                                    status: string;
                                } | null;
                                /** @enum {string|null} */
                                matchedBy: "mapping" | "email" | "alias" | null;
                                flags: {
                                    /** @enum {string} */
                                    id: "no_mfa" | "dormant" | "never_used" | "leaver_active" | "contractor_expired" | "orphan" | "shared" | "privileged" | "privileged_daily_use" | "stale_credential" | "standing_oauth_grant";
                                    reason: string;
                                    /** @description the fields the rule read */
                                    inputs: {
                                        [key: string]: (string | number | boolean) | null;
                                    };
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/systems/{id}/accounts.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same accounts as CSV, every one of them, flags as ids and reasons */
        get: {
            parameters: {
                query?: {
                    /** @description accounts carrying every flag given; repeat it for several */
                    flag?: ("no_mfa" | "dormant" | "never_used" | "leaver_active" | "contractor_expired" | "orphan" | "shared" | "privileged" | "privileged_daily_use" | "stale_credential" | "standing_oauth_grant") | ("no_mfa" | "dormant" | "never_used" | "leaver_active" | "contractor_expired" | "orphan" | "shared" | "privileged" | "privileged_daily_use" | "stale_credential" | "standing_oauth_grant")[];
                    /** @description part of the email, user name, display name, id or person’s name, any case */
                    search?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/systems/{id}/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A system’s account snapshots, newest first; the newest is in force */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description newest first */
                            snapshots: {
                                id: string;
                                systemId: string;
                                /** @description 1, 2, 3 … per system; the newest is in force */
                                number: number;
                                format: string;
                                /** @description when the system’s list was taken */
                                asOf: string;
                                importedAt: string;
                                importedBy: string;
                                /** @description the files or API pages read, with their SHA-256 */
                                sources: {
                                    name: string;
                                    bytes: number;
                                    sha256: string;
                                }[];
                                accounts: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/systems/{id}/accounts/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import the files of one export as a new snapshot. The body is the files one after another (application/octet-stream), named and sized by ?file=…&bytes=… */
        post: {
            parameters: {
                query: {
                    /** @description the name of each file, in the order the body holds them; formats recognise some files by name ("2fa-disabled.json") */
                    file: string | string[];
                    /** @description the size of each file; the last may be left out, as it is the rest of the body */
                    bytes?: number | number[];
                    /** @description detected from the files when left out; naming it also accepts a change of format */
                    format?: "aws-credential-report" | "github-org" | "google-workspace" | "okta" | "slack-users" | "entra" | "scim2" | "plain-csv";
                    /** @description when the system’s list was taken (ISO 8601 with its offset); now when left out */
                    asOf?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description the files one after another, as they are on disk */
            requestBody: {
                content: {
                    "application/octet-stream": string;
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            systemId: string;
                            /** @description 1, 2, 3 … per system; the newest is in force */
                            number: number;
                            format: string;
                            /** @description when the system’s list was taken */
                            asOf: string;
                            importedAt: string;
                            importedBy: string;
                            /** @description the files or API pages read, with their SHA-256 */
                            sources: {
                                name: string;
                                bytes: number;
                                sha256: string;
                            }[];
                            accounts: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/systems/{id}/accounts/{externalId}/mapping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Say whose an account is when its email does not; remembered for later imports. null forgets it */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** @description the system's own id for the account, URL-encoded */
                    externalId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the person’s work email, alias or id; null forgets the mapping */
                        person: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            externalId: string;
                            email: string | null;
                            userName: string | null;
                            displayName: string | null;
                            roles: string[];
                            privileged: boolean;
                            privilegeReason: string | null;
                            /** @description null when the export does not say */
                            mfa: boolean | null;
                            lastActivityAt: string | null;
                            /** @description whether the export reports activity at all */
                            lastActivityKnown: boolean;
                            createdAt: string | null;
                            /** @enum {string} */
                            status: "active" | "suspended" | "deprovisioned" | "invited";
                            /** @enum {string} */
                            kind: "human" | "service" | "bot" | "shared" | "guest";
                            credentialRotatedAt: string | null;
                            oauthGrants: number | null;
                            source: {
                                file: string;
                                line: number;
                            };
                            /** @description whose it is, as the directory says today; null for an orphan */
                            person: {
                                id: string;
                                name: string;
                                email: string;
                                status: string;
                            } | null;
                            /** @enum {string|null} */
                            matchedBy: "mapping" | "email" | "alias" | null;
                            flags: {
                                /** @enum {string} */
                                id: "no_mfa" | "dormant" | "never_used" | "leaver_active" | "contractor_expired" | "orphan" | "shared" | "privileged" | "privileged_daily_use" | "stale_credential" | "standing_oauth_grant";
                                reason: string;
                                /** @description the fields the rule read */
                                inputs: {
                                    [key: string]: (string | number | boolean) | null;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-review-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** When an account counts as dormant and a credential as stale */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description an account with no activity for this many days is dormant */
                            dormantAfterDays: number;
                            /** @description an active key or token not rotated for this many days is stale */
                            credentialMaxAgeDays: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change when an account counts as dormant and a credential as stale; recorded before and after */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dormantAfterDays?: number;
                        credentialMaxAgeDays?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description an account with no activity for this many days is dormant */
                            dormantAfterDays: number;
                            /** @description an active key or token not rotated for this many days is stale */
                            credentialMaxAgeDays: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/systems/{id}/connector": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How a system’s accounts are pulled; never its credential */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            systemId: string;
                            updatedAt: string;
                            /** @description who set it: "user:<email>" or "cli:<os user>" */
                            updatedBy: string;
                            /** @enum {string} */
                            kind: "github";
                            settings: {
                                /** @description the organisation’s login, as in github.com/<login> */
                                organization: string;
                                /** @description https://api.github.com (the default), or a GitHub Enterprise Server’s https://<host>/api/v3 */
                                apiUrl: string;
                            };
                        } | {
                            systemId: string;
                            updatedAt: string;
                            /** @description who set it: "user:<email>" or "cli:<os user>" */
                            updatedBy: string;
                            /** @enum {string} */
                            kind: "google-workspace";
                            settings: {
                                /** @description "my_customer" (the default: the service account’s own Workspace) or a customer id such as "C03ly86ew" */
                                customer: string;
                                /** @description the administrator the service account acts as, by domain-wide delegation */
                                adminEmail: string;
                                /** @description https://admin.googleapis.com (the default) */
                                apiUrl: string;
                            };
                        };
                    };
                };
            };
        };
        /** Pull a system’s accounts from GitHub or Google Workspace; the credential is stored encrypted */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "github";
                        settings: {
                            /** @description the organisation’s login, as in github.com/<login> */
                            organization: string;
                            /** @description https://api.github.com (the default), or a GitHub Enterprise Server’s https://<host>/api/v3 */
                            apiUrl?: string;
                        };
                        /** @description a token of an organisation owner with the read:org scope; stored encrypted, never sent back */
                        credential: string;
                    } | {
                        /** @enum {string} */
                        kind: "google-workspace";
                        settings: {
                            /** @description "my_customer" (the default: the service account’s own Workspace) or a customer id such as "C03ly86ew" */
                            customer?: string;
                            /** @description the administrator the service account acts as, by domain-wide delegation */
                            adminEmail: string;
                            /** @description https://admin.googleapis.com (the default) */
                            apiUrl?: string;
                        };
                        /** @description the service account’s JSON key file, as Google Cloud gives it; stored encrypted, never sent back */
                        credential: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            systemId: string;
                            updatedAt: string;
                            /** @description who set it: "user:<email>" or "cli:<os user>" */
                            updatedBy: string;
                            /** @enum {string} */
                            kind: "github";
                            settings: {
                                /** @description the organisation’s login, as in github.com/<login> */
                                organization: string;
                                /** @description https://api.github.com (the default), or a GitHub Enterprise Server’s https://<host>/api/v3 */
                                apiUrl: string;
                            };
                        } | {
                            systemId: string;
                            updatedAt: string;
                            /** @description who set it: "user:<email>" or "cli:<os user>" */
                            updatedBy: string;
                            /** @enum {string} */
                            kind: "google-workspace";
                            settings: {
                                /** @description "my_customer" (the default: the service account’s own Workspace) or a customer id such as "C03ly86ew" */
                                customer: string;
                                /** @description the administrator the service account acts as, by domain-wide delegation */
                                adminEmail: string;
                                /** @description https://admin.googleapis.com (the default) */
                                apiUrl: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove a system’s connector and its credential; its accounts arrive as files again */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/systems/{id}/pull": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pull a system’s accounts through its connector into a new snapshot */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            systemId: string;
                            /** @description 1, 2, 3 … per system; the newest is in force */
                            number: number;
                            format: string;
                            /** @description when the system’s list was taken */
                            asOf: string;
                            importedAt: string;
                            importedBy: string;
                            /** @description the files or API pages read, with their SHA-256 */
                            sources: {
                                name: string;
                                bytes: number;
                                sha256: string;
                            }[];
                            accounts: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every access review, newest first, with each system’s progress */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description newest first */
                            reviews: {
                                id: string;
                                /** @description "2026-Q4" */
                                quarter: string;
                                startedAt: string;
                                startedBy: string;
                                closedAt: string | null;
                                closedBy: string | null;
                                /** @enum {string} */
                                status: "open" | "closed";
                                /** @description by name */
                                systems: {
                                    systemId: string;
                                    systemName: string;
                                    /** @description the Groundwork user who decides its accounts and signs it off */
                                    reviewer: string;
                                    /** @description the list frozen when the review started */
                                    before: {
                                        id: string;
                                        systemId: string;
                                        /** @description 1, 2, 3 … per system; the newest is in force */
                                        number: number;
                                        format: string;
                                        /** @description when the system’s list was taken */
                                        asOf: string;
                                        importedAt: string;
                                        importedBy: string;
                                        /** @description the files or API pages read, with their SHA-256 */
                                        sources: {
                                            name: string;
                                            bytes: number;
                                            sha256: string;
                                        }[];
                                        accounts: number;
                                    };
                                    /** @description the newest list imported after the last decision, once every account is decided */
                                    after: {
                                        id: string;
                                        systemId: string;
                                        /** @description 1, 2, 3 … per system; the newest is in force */
                                        number: number;
                                        format: string;
                                        /** @description when the system’s list was taken */
                                        asOf: string;
                                        importedAt: string;
                                        importedBy: string;
                                        /** @description the files or API pages read, with their SHA-256 */
                                        sources: {
                                            name: string;
                                            bytes: number;
                                            sha256: string;
                                        }[];
                                        accounts: number;
                                    } | null;
                                    obligationId: string | null;
                                    /** @description the due date of the quarter’s review obligation this one completes */
                                    dueOn: string | null;
                                    /** @description accounts of the before list that could be used */
                                    items: number;
                                    flagged: number;
                                    decided: {
                                        keep: number;
                                        revoke: number;
                                        change: number;
                                    };
                                    /** @description revocations and changes: confirmed by the after list, covered by an exception, or still open */
                                    remediation: {
                                        confirmed: number;
                                        excepted: number;
                                        open: number;
                                    };
                                    /** @description accounts that are the reviewer’s own, decided by another admin */
                                    ownAccounts: number;
                                    signedOffAt: string | null;
                                    signedOffBy: string | null;
                                    /** @enum {string} */
                                    stage: "deciding" | "remediating" | "signing-off" | "signed-off";
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start the quarter’s review of some systems: each one’s before list is frozen and goes to its reviewer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the systems it covers, by id */
                        systems: string[];
                        /** @description who decides a system’s accounts, by system id, where its owner is not a Groundwork user who can */
                        reviewers?: {
                            [key: string]: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description "2026-Q4" */
                            quarter: string;
                            startedAt: string;
                            startedBy: string;
                            closedAt: string | null;
                            closedBy: string | null;
                            /** @enum {string} */
                            status: "open" | "closed";
                            /** @description by name */
                            systems: {
                                systemId: string;
                                systemName: string;
                                /** @description the Groundwork user who decides its accounts and signs it off */
                                reviewer: string;
                                /** @description the list frozen when the review started */
                                before: {
                                    id: string;
                                    systemId: string;
                                    /** @description 1, 2, 3 … per system; the newest is in force */
                                    number: number;
                                    format: string;
                                    /** @description when the system’s list was taken */
                                    asOf: string;
                                    importedAt: string;
                                    importedBy: string;
                                    /** @description the files or API pages read, with their SHA-256 */
                                    sources: {
                                        name: string;
                                        bytes: number;
                                        sha256: string;
                                    }[];
                                    accounts: number;
                                };
                                /** @description the newest list imported after the last decision, once every account is decided */
                                after: {
                                    id: string;
                                    systemId: string;
                                    /** @description 1, 2, 3 … per system; the newest is in force */
                                    number: number;
                                    format: string;
                                    /** @description when the system’s list was taken */
                                    asOf: string;
                                    importedAt: string;
                                    importedBy: string;
                                    /** @description the files or API pages read, with their SHA-256 */
                                    sources: {
                                        name: string;
                                        bytes: number;
                                        sha256: string;
                                    }[];
                                    accounts: number;
                                } | null;
                                obligationId: string | null;
                                /** @description the due date of the quarter’s review obligation this one completes */
                                dueOn: string | null;
                                /** @description accounts of the before list that could be used */
                                items: number;
                                flagged: number;
                                decided: {
                                    keep: number;
                                    revoke: number;
                                    change: number;
                                };
                                /** @description revocations and changes: confirmed by the after list, covered by an exception, or still open */
                                remediation: {
                                    confirmed: number;
                                    excepted: number;
                                    open: number;
                                };
                                /** @description accounts that are the reviewer’s own, decided by another admin */
                                ownAccounts: number;
                                signedOffAt: string | null;
                                signedOffBy: string | null;
                                /** @enum {string} */
                                stage: "deciding" | "remediating" | "signing-off" | "signed-off";
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One review with each system’s stage, counts and remediation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description "2026-Q4" */
                            quarter: string;
                            startedAt: string;
                            startedBy: string;
                            closedAt: string | null;
                            closedBy: string | null;
                            /** @enum {string} */
                            status: "open" | "closed";
                            /** @description by name */
                            systems: {
                                systemId: string;
                                systemName: string;
                                /** @description the Groundwork user who decides its accounts and signs it off */
                                reviewer: string;
                                /** @description the list frozen when the review started */
                                before: {
                                    id: string;
                                    systemId: string;
                                    /** @description 1, 2, 3 … per system; the newest is in force */
                                    number: number;
                                    format: string;
                                    /** @description when the system’s list was taken */
                                    asOf: string;
                                    importedAt: string;
                                    importedBy: string;
                                    /** @description the files or API pages read, with their SHA-256 */
                                    sources: {
                                        name: string;
                                        bytes: number;
                                        sha256: string;
                                    }[];
                                    accounts: number;
                                };
                                /** @description the newest list imported after the last decision, once every account is decided */
                                after: {
                                    id: string;
                                    systemId: string;
                                    /** @description 1, 2, 3 … per system; the newest is in force */
                                    number: number;
                                    format: string;
                                    /** @description when the system’s list was taken */
                                    asOf: string;
                                    importedAt: string;
                                    importedBy: string;
                                    /** @description the files or API pages read, with their SHA-256 */
                                    sources: {
                                        name: string;
                                        bytes: number;
                                        sha256: string;
                                    }[];
                                    accounts: number;
                                } | null;
                                obligationId: string | null;
                                /** @description the due date of the quarter’s review obligation this one completes */
                                dueOn: string | null;
                                /** @description accounts of the before list that could be used */
                                items: number;
                                flagged: number;
                                decided: {
                                    keep: number;
                                    revoke: number;
                                    change: number;
                                };
                                /** @description revocations and changes: confirmed by the after list, covered by an exception, or still open */
                                remediation: {
                                    confirmed: number;
                                    excepted: number;
                                    open: number;
                                };
                                /** @description accounts that are the reviewer’s own, decided by another admin */
                                ownAccounts: number;
                                signedOffAt: string | null;
                                signedOffBy: string | null;
                                /** @enum {string} */
                                stage: "deciding" | "remediating" | "signing-off" | "signed-off";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/systems/{systemId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One page of a system’s accounts in the review, with their flags and decisions */
        get: {
            parameters: {
                query?: {
                    /** @description only the accounts carrying this flag */
                    flag?: "no_mfa" | "dormant" | "never_used" | "leaver_active" | "contractor_expired" | "orphan" | "shared" | "privileged" | "privileged_daily_use" | "stale_credential" | "standing_oauth_grant";
                    /** @description true: only the undecided accounts; false: only the decided ones */
                    undecided?: "true" | "false";
                    decision?: "keep" | "revoke" | "change";
                    /** @description part of the email, user name, display name, id or person’s name, any case */
                    search?: string;
                    offset?: number;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                    systemId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the accounts that pass the filter */
                            total: number;
                            /** @description by display name */
                            items: {
                                externalId: string;
                                email: string | null;
                                userName: string | null;
                                displayName: string | null;
                                roles: string[];
                                privileged: boolean;
                                /** @description null when the export does not say */
                                mfa: boolean | null;
                                lastActivityAt: string | null;
                                /** @enum {string} */
                                status: "active" | "suspended" | "deprovisioned" | "invited";
                                /** @enum {string} */
                                kind: "human" | "service" | "bot" | "shared" | "guest";
                                person: {
                                    id: string;
                                    name: string;
                                    email: string;
                                } | null;
                                matchedBy: string | null;
                                /** @description as of the review’s start */
                                flags: {
                                    /** @enum {string} */
                                    id: "no_mfa" | "dormant" | "never_used" | "leaver_active" | "contractor_expired" | "orphan" | "shared" | "privileged" | "privileged_daily_use" | "stale_credential" | "standing_oauth_grant";
                                    reason: string;
                                }[];
                                /** @description the reviewer’s own account: another admin decides it */
                                ownAccountOf: string | null;
                                /** @enum {string|null} */
                                decision: "keep" | "revoke" | "change" | null;
                                reason: string | null;
                                decidedBy: string | null;
                                decidedAt: string | null;
                                comments: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/systems/{systemId}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Keep, revoke or change access of some accounts; never the decider’s own */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    systemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "keep" | "revoke" | "change";
                        /** @description required to keep a flagged account, and to change one (say what changes) */
                        reason?: string;
                        /** @description the accounts by id, or every undecided account that is not the decider’s own */
                        accounts: {
                            ids: string[];
                        } | {
                            /** @enum {boolean} */
                            undecided: true;
                            /** @description only those carrying every flag given */
                            flags?: ("no_mfa" | "dormant" | "never_used" | "leaver_active" | "contractor_expired" | "orphan" | "shared" | "privileged" | "privileged_daily_use" | "stale_credential" | "standing_oauth_grant")[];
                            /** @description only those carrying no flag */
                            unflagged?: boolean;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description how many accounts this call decided */
                            decided: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/systems/{systemId}/items/{externalId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The comments on one account of the review */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    systemId: string;
                    /** @description the system's own id for the account, URL-encoded */
                    externalId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description oldest first */
                            comments: {
                                author: string;
                                text: string;
                                at: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Comment on one account, for the reviewer and whoever remediates */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    systemId: string;
                    /** @description the system's own id for the account, URL-encoded */
                    externalId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            author: string;
                            text: string;
                            at: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/systems/{systemId}/exceptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept that a revocation or change did not happen, with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    systemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        externalId: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/systems/{systemId}/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The reviewer signs off a system: every account decided, every revocation and change confirmed or excepted */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    systemId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description "2026-Q4" */
                            quarter: string;
                            startedAt: string;
                            startedBy: string;
                            closedAt: string | null;
                            closedBy: string | null;
                            /** @enum {string} */
                            status: "open" | "closed";
                            /** @description by name */
                            systems: {
                                systemId: string;
                                systemName: string;
                                /** @description the Groundwork user who decides its accounts and signs it off */
                                reviewer: string;
                                /** @description the list frozen when the review started */
                                before: {
                                    id: string;
                                    systemId: string;
                                    /** @description 1, 2, 3 … per system; the newest is in force */
                                    number: number;
                                    format: string;
                                    /** @description when the system’s list was taken */
                                    asOf: string;
                                    importedAt: string;
                                    importedBy: string;
                                    /** @description the files or API pages read, with their SHA-256 */
                                    sources: {
                                        name: string;
                                        bytes: number;
                                        sha256: string;
                                    }[];
                                    accounts: number;
                                };
                                /** @description the newest list imported after the last decision, once every account is decided */
                                after: {
                                    id: string;
                                    systemId: string;
                                    /** @description 1, 2, 3 … per system; the newest is in force */
                                    number: number;
                                    format: string;
                                    /** @description when the system’s list was taken */
                                    asOf: string;
                                    importedAt: string;
                                    importedBy: string;
                                    /** @description the files or API pages read, with their SHA-256 */
                                    sources: {
                                        name: string;
                                        bytes: number;
                                        sha256: string;
                                    }[];
                                    accounts: number;
                                } | null;
                                obligationId: string | null;
                                /** @description the due date of the quarter’s review obligation this one completes */
                                dueOn: string | null;
                                /** @description accounts of the before list that could be used */
                                items: number;
                                flagged: number;
                                decided: {
                                    keep: number;
                                    revoke: number;
                                    change: number;
                                };
                                /** @description revocations and changes: confirmed by the after list, covered by an exception, or still open */
                                remediation: {
                                    confirmed: number;
                                    excepted: number;
                                    open: number;
                                };
                                /** @description accounts that are the reviewer’s own, decided by another admin */
                                ownAccounts: number;
                                signedOffAt: string | null;
                                signedOffBy: string | null;
                                /** @enum {string} */
                                stage: "deciding" | "remediating" | "signing-off" | "signed-off";
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a review whose systems are all signed off; it completes each system’s quarterly obligation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description "2026-Q4" */
                            quarter: string;
                            startedAt: string;
                            startedBy: string;
                            closedAt: string | null;
                            closedBy: string | null;
                            /** @enum {string} */
                            status: "open" | "closed";
                            /** @description by name */
                            systems: {
                                systemId: string;
                                systemName: string;
                                /** @description the Groundwork user who decides its accounts and signs it off */
                                reviewer: string;
                                /** @description the list frozen when the review started */
                                before: {
                                    id: string;
                                    systemId: string;
                                    /** @description 1, 2, 3 … per system; the newest is in force */
                                    number: number;
                                    format: string;
                                    /** @description when the system’s list was taken */
                                    asOf: string;
                                    importedAt: string;
                                    importedBy: string;
                                    /** @description the files or API pages read, with their SHA-256 */
                                    sources: {
                                        name: string;
                                        bytes: number;
                                        sha256: string;
                                    }[];
                                    accounts: number;
                                };
                                /** @description the newest list imported after the last decision, once every account is decided */
                                after: {
                                    id: string;
                                    systemId: string;
                                    /** @description 1, 2, 3 … per system; the newest is in force */
                                    number: number;
                                    format: string;
                                    /** @description when the system’s list was taken */
                                    asOf: string;
                                    importedAt: string;
                                    importedBy: string;
                                    /** @description the files or API pages read, with their SHA-256 */
                                    sources: {
                                        name: string;
                                        bytes: number;
                                        sha256: string;
                                    }[];
                                    accounts: number;
                                } | null;
                                obligationId: string | null;
                                /** @description the due date of the quarter’s review obligation this one completes */
                                dueOn: string | null;
                                /** @description accounts of the before list that could be used */
                                items: number;
                                flagged: number;
                                decided: {
                                    keep: number;
                                    revoke: number;
                                    change: number;
                                };
                                /** @description revocations and changes: confirmed by the after list, covered by an exception, or still open */
                                remediation: {
                                    confirmed: number;
                                    excepted: number;
                                    open: number;
                                };
                                /** @description accounts that are the reviewer’s own, decided by another admin */
                                ownAccounts: number;
                                signedOffAt: string | null;
                                signedOffBy: string | null;
                                /** @enum {string} */
                                stage: "deciding" | "remediating" | "signing-off" | "signed-off";
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The review as evidence: before and after lists, every decision, remediation, exceptions, comments, sign-offs, timeliness */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            review: {
                                id: string;
                                /** @description "2026-Q4" */
                                quarter: string;
                                startedAt: string;
                                startedBy: string;
                                closedAt: string | null;
                                closedBy: string | null;
                                /** @enum {string} */
                                status: "open" | "closed";
                                /** @description by name */
                                systems: {
                                    systemId: string;
                                    systemName: string;
                                    /** @description the Groundwork user who decides its accounts and signs it off */
                                    reviewer: string;
                                    /** @description the list frozen when the review started */
                                    before: {
                                        id: string;
                                        systemId: string;
                                        /** @description 1, 2, 3 … per system; the newest is in force */
                                        number: number;
                                        format: string;
                                        /** @description when the system’s list was taken */
                                        asOf: string;
                                        importedAt: string;
                                        importedBy: string;
                                        /** @description the files or API pages read, with their SHA-256 */
                                        sources: {
                                            name: string;
                                            bytes: number;
                                            sha256: string;
                                        }[];
                                        accounts: number;
                                    };
                                    /** @description the newest list imported after the last decision, once every account is decided */
                                    after: {
                                        id: string;
                                        systemId: string;
                                        /** @description 1, 2, 3 … per system; the newest is in force */
                                        number: number;
                                        format: string;
                                        /** @description when the system’s list was taken */
                                        asOf: string;
                                        importedAt: string;
                                        importedBy: string;
                                        /** @description the files or API pages read, with their SHA-256 */
                                        sources: {
                                            name: string;
                                            bytes: number;
                                            sha256: string;
                                        }[];
                                        accounts: number;
                                    } | null;
                                    obligationId: string | null;
                                    /** @description the due date of the quarter’s review obligation this one completes */
                                    dueOn: string | null;
                                    /** @description accounts of the before list that could be used */
                                    items: number;
                                    flagged: number;
                                    decided: {
                                        keep: number;
                                        revoke: number;
                                        change: number;
                                    };
                                    /** @description revocations and changes: confirmed by the after list, covered by an exception, or still open */
                                    remediation: {
                                        confirmed: number;
                                        excepted: number;
                                        open: number;
                                    };
                                    /** @description accounts that are the reviewer’s own, decided by another admin */
                                    ownAccounts: number;
                                    signedOffAt: string | null;
                                    signedOffBy: string | null;
                                    /** @enum {string} */
                                    stage: "deciding" | "remediating" | "signing-off" | "signed-off";
                                }[];
                            };
                            systems: {
                                system: {
                                    systemId: string;
                                    systemName: string;
                                    /** @description the Groundwork user who decides its accounts and signs it off */
                                    reviewer: string;
                                    /** @description the list frozen when the review started */
                                    before: {
                                        id: string;
                                        systemId: string;
                                        /** @description 1, 2, 3 … per system; the newest is in force */
                                        number: number;
                                        format: string;
                                        /** @description when the system’s list was taken */
                                        asOf: string;
                                        importedAt: string;
                                        importedBy: string;
                                        /** @description the files or API pages read, with their SHA-256 */
                                        sources: {
                                            name: string;
                                            bytes: number;
                                            sha256: string;
                                        }[];
                                        accounts: number;
                                    };
                                    /** @description the newest list imported after the last decision, once every account is decided */
                                    after: {
                                        id: string;
                                        systemId: string;
                                        /** @description 1, 2, 3 … per system; the newest is in force */
                                        number: number;
                                        format: string;
                                        /** @description when the system’s list was taken */
                                        asOf: string;
                                        importedAt: string;
                                        importedBy: string;
                                        /** @description the files or API pages read, with their SHA-256 */
                                        sources: {
                                            name: string;
                                            bytes: number;
                                            sha256: string;
                                        }[];
                                        accounts: number;
                                    } | null;
                                    obligationId: string | null;
                                    /** @description the due date of the quarter’s review obligation this one completes */
                                    dueOn: string | null;
                                    /** @description accounts of the before list that could be used */
                                    items: number;
                                    flagged: number;
                                    decided: {
                                        keep: number;
                                        revoke: number;
                                        change: number;
                                    };
                                    /** @description revocations and changes: confirmed by the after list, covered by an exception, or still open */
                                    remediation: {
                                        confirmed: number;
                                        excepted: number;
                                        open: number;
                                    };
                                    /** @description accounts that are the reviewer’s own, decided by another admin */
                                    ownAccounts: number;
                                    signedOffAt: string | null;
                                    signedOffBy: string | null;
                                    /** @enum {string} */
                                    stage: "deciding" | "remediating" | "signing-off" | "signed-off";
                                };
                                /** @description the quarter’s occurrence of the system’s review obligation: on time, late, or still open */
                                occurrence: {
                                    dueOn: string;
                                    /** @enum {string} */
                                    status: "upcoming" | "open" | "on_time" | "late" | "missed";
                                    completedAt: string | null;
                                } | null;
                                before: {
                                    id: string;
                                    systemId: string;
                                    /** @description 1, 2, 3 … per system; the newest is in force */
                                    number: number;
                                    format: string;
                                    /** @description when the system’s list was taken */
                                    asOf: string;
                                    importedAt: string;
                                    importedBy: string;
                                    /** @description the files or API pages read, with their SHA-256 */
                                    sources: {
                                        name: string;
                                        bytes: number;
                                        sha256: string;
                                    }[];
                                    accounts: number;
                                };
                                after: {
                                    id: string;
                                    systemId: string;
                                    /** @description 1, 2, 3 … per system; the newest is in force */
                                    number: number;
                                    format: string;
                                    /** @description when the system’s list was taken */
                                    asOf: string;
                                    importedAt: string;
                                    importedBy: string;
                                    /** @description the files or API pages read, with their SHA-256 */
                                    sources: {
                                        name: string;
                                        bytes: number;
                                        sha256: string;
                                    }[];
                                    accounts: number;
                                } | null;
                                decisions: {
                                    externalId: string;
                                    email: string | null;
                                    userName: string | null;
                                    displayName: string | null;
                                    roles: string[];
                                    privileged: boolean;
                                    /** @description null when the export does not say */
                                    mfa: boolean | null;
                                    lastActivityAt: string | null;
                                    /** @enum {string} */
                                    status: "active" | "suspended" | "deprovisioned" | "invited";
                                    /** @enum {string} */
                                    kind: "human" | "service" | "bot" | "shared" | "guest";
                                    person: {
                                        id: string;
                                        name: string;
                                        email: string;
                                    } | null;
                                    matchedBy: string | null;
                                    /** @description as of the review’s start */
                                    flags: {
                                        /** @enum {string} */
                                        id: "no_mfa" | "dormant" | "never_used" | "leaver_active" | "contractor_expired" | "orphan" | "shared" | "privileged" | "privileged_daily_use" | "stale_credential" | "standing_oauth_grant";
                                        reason: string;
                                    }[];
                                    /** @description the reviewer’s own account: another admin decides it */
                                    ownAccountOf: string | null;
                                    /** @enum {string|null} */
                                    decision: "keep" | "revoke" | "change" | null;
                                    reason: string | null;
                                    decidedBy: string | null;
                                    decidedAt: string | null;
                                    comments: number;
                                }[];
                                remediation: {
                                    externalId: string;
                                    /** @enum {string} */
                                    decision: "revoke" | "change";
                                    reason: string | null;
                                    decidedBy: string;
                                    decidedAt: string;
                                    before: {
                                        status: string;
                                        roles: string[];
                                        privileged: boolean;
                                    };
                                    /** @description null: not on the after list, or no after list yet */
                                    after: {
                                        status: string;
                                        roles: string[];
                                        privileged: boolean;
                                    } | null;
                                    /** @enum {string} */
                                    state: "confirmed" | "excepted" | "open";
                                    exception: {
                                        reason: string;
                                        by: string;
                                        at: string;
                                    } | null;
                                }[];
                                comments: {
                                    author: string;
                                    text: string;
                                    at: string;
                                    externalId: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id}/report.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every decision of the review, one row per account, with what the after list shows */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/controls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The control catalog, and which controls cover each Trust Services Criterion */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            controls: {
                                id: string;
                                title: string;
                                statement: string;
                                criteria: string[];
                                policyId: string;
                                /** @description "quarterly", "at each leaver", "continuous" */
                                frequency: string;
                                /** @description where its evidence comes from */
                                evidence: string;
                                /** @description Groundwork keeps no record of it: evidence is attached */
                                manual: boolean;
                                /** @enum {string|null} */
                                core: "day-one-policy" | "documented-policies" | "onboarding-offboarding" | "access-reviews" | null;
                            }[];
                            criteria: {
                                id: string;
                                title: string;
                                controls: string[];
                            }[];
                            uncovered: {
                                id: string;
                                title: string;
                                reason: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/readiness/type1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Type 1 as of a date: each control designed and in place, and the gaps in order */
        get: {
            parameters: {
                query?: {
                    /** @description the date it is computed at; today when left out */
                    asOf?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            type: 1;
                            asOf: string;
                            timeZone: string;
                            score: {
                                met: number;
                                total: number;
                                percent: number;
                            };
                            controls: {
                                control: {
                                    id: string;
                                    title: string;
                                    statement: string;
                                    criteria: string[];
                                    policyId: string;
                                    /** @description "quarterly", "at each leaver", "continuous" */
                                    frequency: string;
                                    /** @description where its evidence comes from */
                                    evidence: string;
                                    /** @description Groundwork keeps no record of it: evidence is attached */
                                    manual: boolean;
                                    /** @enum {string|null} */
                                    core: "day-one-policy" | "documented-policies" | "onboarding-offboarding" | "access-reviews" | null;
                                };
                                designed: {
                                    ok: boolean;
                                    summary: string;
                                    next?: string;
                                };
                                inPlace: {
                                    ok: boolean;
                                    summary: string;
                                    next?: string;
                                };
                                ready: boolean;
                            }[];
                            gaps: {
                                controlId: string;
                                title: string;
                                /** @enum {string|null} */
                                core: "day-one-policy" | "documented-policies" | "onboarding-offboarding" | "access-reviews" | null;
                                problem: string;
                                next: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/readiness/type2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Type 2 over a window: every occurrence and population member of each control */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            type: 2;
                            from: string;
                            to: string;
                            timeZone: string;
                            score: {
                                met: number;
                                total: number;
                                percent: number;
                            };
                            controls: {
                                control: {
                                    id: string;
                                    title: string;
                                    statement: string;
                                    criteria: string[];
                                    policyId: string;
                                    /** @description "quarterly", "at each leaver", "continuous" */
                                    frequency: string;
                                    /** @description where its evidence comes from */
                                    evidence: string;
                                    /** @description Groundwork keeps no record of it: evidence is attached */
                                    manual: boolean;
                                    /** @enum {string|null} */
                                    core: "day-one-policy" | "documented-policies" | "onboarding-offboarding" | "access-reviews" | null;
                                };
                                /** @enum {string} */
                                basis: "occurrences" | "population" | "standing" | "attachments";
                                selection: string;
                                items: {
                                    ref: string;
                                    date: string;
                                    label: string;
                                    /** @enum {string} */
                                    result: "ok" | "late" | "failed" | "open";
                                    detail: string;
                                    exception: {
                                        reason: string;
                                        by: string;
                                        at: string;
                                    } | null;
                                }[];
                                counts: {
                                    expected: number;
                                    ok: number;
                                    late: number;
                                    failed: number;
                                    open: number;
                                    excepted: number;
                                };
                                consistent: boolean;
                                next?: string;
                            }[];
                            gaps: {
                                controlId: string;
                                title: string;
                                /** @enum {string|null} */
                                core: "day-one-policy" | "documented-policies" | "onboarding-offboarding" | "access-reviews" | null;
                                problem: string;
                                next: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/readiness/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Type 1 score at each month end, and today */
        get: {
            parameters: {
                query?: {
                    months?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            points: {
                                met: number;
                                total: number;
                                percent: number;
                                date: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/controls/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach evidence Groundwork does not keep itself to a control */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the evidence file, base64 */
                        file: {
                            name: string;
                            contentBase64: string;
                        };
                        note?: string;
                        /**
                         * Format: date-time
                         * @description when the evidenced work was done, if earlier than now
                         */
                        effectiveAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            controlId: string;
                            seq: number;
                            sha256?: string;
                            ref?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/controls/{id}/exceptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record why one occurrence or population member did not go by the rule */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the item of the Type 2 report it explains */
                        ref: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            controlId: string;
                            seq: number;
                            sha256?: string;
                            ref?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every asset with who has it now */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assets: {
                                id: string;
                                /** @enum {string} */
                                kind: "laptop" | "hardware-token" | "badge" | "phone" | "other";
                                tag: string;
                                description: string | null;
                                createdAt: string;
                                /** @description who has it now; null while it is on the shelf */
                                holder: {
                                    personId: string;
                                    name: string;
                                    email: string;
                                    engagementId: string;
                                    assignedAt: string;
                                    assignedBy: string;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add an asset to the register */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "laptop" | "hardware-token" | "badge" | "phone" | "other";
                        /** @description letters, digits, dots, dashes and underscores: BL-0042, C02XK1ZJMD6M */
                        tag: string;
                        /** @description "MacBook Pro 14, M3, 2024" */
                        description?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "laptop" | "hardware-token" | "badge" | "phone" | "other";
                            tag: string;
                            description: string | null;
                            createdAt: string;
                            /** @description who has it now; null while it is on the shelf */
                            holder: {
                                personId: string;
                                name: string;
                                email: string;
                                engagementId: string;
                                assignedAt: string;
                                assignedBy: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{tag}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One asset and everyone who has had it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the asset tag or serial number, in any letter case */
                    tag: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asset: {
                                id: string;
                                /** @enum {string} */
                                kind: "laptop" | "hardware-token" | "badge" | "phone" | "other";
                                tag: string;
                                description: string | null;
                                createdAt: string;
                                /** @description who has it now; null while it is on the shelf */
                                holder: {
                                    personId: string;
                                    name: string;
                                    email: string;
                                    engagementId: string;
                                    assignedAt: string;
                                    assignedBy: string;
                                } | null;
                            };
                            /** @description everyone who has had it, oldest first */
                            assignments: {
                                personId: string;
                                name: string;
                                email: string;
                                engagementId: string;
                                assignedAt: string;
                                assignedBy: string;
                                id: string;
                                returnedAt: string | null;
                                returnedBy: string | null;
                                returnNote: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{tag}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand an asset to a person */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the asset tag or serial number, in any letter case */
                    tag: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the person’s work email, an alias, or their directory id */
                        person: string;
                        /**
                         * Format: date-time
                         * @description when it happened, if earlier than now
                         */
                        effectiveAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "laptop" | "hardware-token" | "badge" | "phone" | "other";
                            tag: string;
                            description: string | null;
                            createdAt: string;
                            /** @description who has it now; null while it is on the shelf */
                            holder: {
                                personId: string;
                                name: string;
                                email: string;
                                engagementId: string;
                                assignedAt: string;
                                assignedBy: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{tag}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that an asset came back */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the asset tag or serial number, in any letter case */
                    tag: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the state it came back in */
                        note?: string | null;
                        /**
                         * Format: date-time
                         * @description when it happened, if earlier than now
                         */
                        effectiveAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "laptop" | "hardware-token" | "badge" | "phone" | "other";
                            tag: string;
                            description: string | null;
                            createdAt: string;
                            /** @description who has it now; null while it is on the shelf */
                            holder: {
                                personId: string;
                                name: string;
                                email: string;
                                engagementId: string;
                                assignedAt: string;
                                assignedBy: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/window": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit window: the observation period, and the audit firm */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description null until an owner or admin sets it */
                            window: {
                                /** @description the first day observed, YYYY-MM-DD in the workspace time zone */
                                from: string;
                                /** @description the last day observed, inclusive */
                                to: string;
                                /** @description the audit firm or auditor */
                                firm: string | null;
                                setAt: string;
                                setBy: string;
                            } | null;
                        };
                    };
                };
            };
        };
        /** Set the audit window; the change is recorded before and after */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        from: string;
                        /** Format: date */
                        to: string;
                        /** @description the audit firm or auditor; null or empty clears it, left out keeps it */
                        firm?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description null until an owner or admin sets it */
                            window: {
                                /** @description the first day observed, YYYY-MM-DD in the workspace time zone */
                                from: string;
                                /** @description the last day observed, inclusive */
                                to: string;
                                /** @description the audit firm or auditor */
                                firm: string | null;
                                setAt: string;
                                setBy: string;
                            } | null;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The auditor's requests with their status, due date and answers */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "overdue" | "answered";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the workspace date overdue is measured against */
                            today: string;
                            /** @description of every request, whatever the filter */
                            counts: {
                                open: number;
                                overdue: number;
                                answered: number;
                                total: number;
                            };
                            /** @description by id, numbers in order */
                            requests: {
                                id: string;
                                control: {
                                    /** @description as the list writes it */
                                    text: string;
                                    /** @description the Groundwork controls it names (AC-06) */
                                    controls: {
                                        id: string;
                                        title: string;
                                    }[];
                                    /** @description the Trust Services Criteria it names (CC6.2) */
                                    criteria: {
                                        id: string;
                                        title: string;
                                    }[];
                                } | null;
                                description: string;
                                dueOn: string;
                                /**
                                 * @description computed: answered once anything is linked; overdue after the due date in the workspace time zone; open until then
                                 * @enum {string}
                                 */
                                status: "open" | "overdue" | "answered";
                                /** @description links that answer it */
                                answers: number;
                                addedAt: string;
                                addedBy: string;
                                /** @description when a re-imported list last changed it */
                                updatedAt: string | null;
                                updatedBy: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/requests/import/columns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The columns of a request list the import reads, under the names audit firms give them */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            columns: {
                                /** @enum {string} */
                                field: "id" | "control" | "description" | "dueOn";
                                headers: string[];
                                required: boolean;
                                description: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/requests/import/headers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A request list's header row, and which column gives each field; writes nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fileName: string;
                        /** @description the text of the request list, UTF-8, at most 2 MB */
                        csv: string;
                        /** @description the file's own header for a field: { id: 'PBC #' }; null: the file has no column for it */
                        columns?: {
                            id?: string | null;
                            control?: string | null;
                            description?: string | null;
                            dueOn?: string | null;
                        };
                        /**
                         * @description how dates like 03/04/2026 read; YYYY-MM-DD is always accepted
                         * @enum {string}
                         */
                        dateFormat?: "YYYY-MM-DD" | "MM/DD/YYYY" | "DD/MM/YYYY";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the file's header row */
                            headers: string[];
                            /** @description which column gives each field, by the mapping or by its name */
                            columns: {
                                /** @enum {string} */
                                field: "id" | "control" | "description" | "dueOn";
                                header: string;
                            }[];
                            ignoredColumns: string[];
                            /** @description required fields no column gives: map them */
                            missing: ("id" | "control" | "description" | "dueOn")[];
                            /** @description fields several columns could give: map the one to use */
                            ambiguous: {
                                /** @enum {string} */
                                field: "id" | "control" | "description" | "dueOn";
                                headers: string[];
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/requests/import/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What importing a request list would do, request by request; writes nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fileName: string;
                        /** @description the text of the request list, UTF-8, at most 2 MB */
                        csv: string;
                        /** @description the file's own header for a field: { id: 'PBC #' }; null: the file has no column for it */
                        columns?: {
                            id?: string | null;
                            control?: string | null;
                            description?: string | null;
                            dueOn?: string | null;
                        };
                        /**
                         * @description how dates like 03/04/2026 read; YYYY-MM-DD is always accepted
                         * @enum {string}
                         */
                        dateFormat?: "YYYY-MM-DD" | "MM/DD/YYYY" | "DD/MM/YYYY";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            fileName: string;
                            sha256: string;
                            rows: number;
                            columns: {
                                /** @enum {string} */
                                field: "id" | "control" | "description" | "dueOn";
                                header: string;
                            }[];
                            ignoredColumns: string[];
                            new: {
                                line: number;
                                id: string;
                                control: string | null;
                                description: string;
                                dueOn: string;
                            }[];
                            /** @description answers are kept */
                            changed: {
                                line: number;
                                id: string;
                                changes: {
                                    /** @enum {string} */
                                    field: "control" | "description" | "dueOn";
                                    from: string | null;
                                    to: string | null;
                                }[];
                            }[];
                            unchanged: {
                                line: number;
                                id: string;
                            }[];
                            /** @description imported before and not in this file: kept */
                            notInFile: {
                                id: string;
                                description: string;
                                /** @enum {string} */
                                status: "open" | "overdue" | "answered";
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/requests/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import the request list that was previewed, named by its SHA-256: adds new requests, updates the others, keeps every answer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fileName: string;
                        /** @description the text of the request list, UTF-8, at most 2 MB */
                        csv: string;
                        /** @description the file's own header for a field: { id: 'PBC #' }; null: the file has no column for it */
                        columns?: {
                            id?: string | null;
                            control?: string | null;
                            description?: string | null;
                            dueOn?: string | null;
                        };
                        /**
                         * @description how dates like 03/04/2026 read; YYYY-MM-DD is always accepted
                         * @enum {string}
                         */
                        dateFormat?: "YYYY-MM-DD" | "MM/DD/YYYY" | "DD/MM/YYYY";
                        /** @description the SHA-256 of the file as previewed */
                        sha256: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            fileName: string;
                            sha256: string;
                            rows: number;
                            columns: {
                                /** @enum {string} */
                                field: "id" | "control" | "description" | "dueOn";
                                header: string;
                            }[];
                            ignoredColumns: string[];
                            new: {
                                line: number;
                                id: string;
                                control: string | null;
                                description: string;
                                dueOn: string;
                            }[];
                            /** @description answers are kept */
                            changed: {
                                line: number;
                                id: string;
                                changes: {
                                    /** @enum {string} */
                                    field: "control" | "description" | "dueOn";
                                    from: string | null;
                                    to: string | null;
                                }[];
                            }[];
                            unchanged: {
                                line: number;
                                id: string;
                            }[];
                            /** @description imported before and not in this file: kept */
                            notInFile: {
                                id: string;
                                description: string;
                                /** @enum {string} */
                                status: "open" | "overdue" | "answered";
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One request with the evidence linked to it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the auditor's id for the request, URL-encoded */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            control: {
                                /** @description as the list writes it */
                                text: string;
                                /** @description the Groundwork controls it names (AC-06) */
                                controls: {
                                    id: string;
                                    title: string;
                                }[];
                                /** @description the Trust Services Criteria it names (CC6.2) */
                                criteria: {
                                    id: string;
                                    title: string;
                                }[];
                            } | null;
                            description: string;
                            dueOn: string;
                            /**
                             * @description computed: answered once anything is linked; overdue after the due date in the workspace time zone; open until then
                             * @enum {string}
                             */
                            status: "open" | "overdue" | "answered";
                            /** @description links that answer it */
                            answers: number;
                            addedAt: string;
                            addedBy: string;
                            /** @description when a re-imported list last changed it */
                            updatedAt: string | null;
                            updatedBy: string | null;
                            /** @description in the order they were made, removed ones included */
                            links: {
                                /** @description 1, 2, 3 … in the request; never reused */
                                number: number;
                                /** @enum {string} */
                                kind: "population" | "attachment" | "package" | "note";
                                population: {
                                    /** @enum {string} */
                                    kind: "hires" | "leavers" | "access-reviews" | "review-decisions" | "policy-approvals" | "policy-reviews" | "acknowledgements" | "occurrences" | "people" | "systems" | "assets";
                                    from: string;
                                    to: string;
                                } | null;
                                attachment: {
                                    sha256: string;
                                    fileName: string | null;
                                    contentType: string;
                                    sizeBytes: number;
                                } | null;
                                /** @description the exports.package.created event of the auditor package, and the window it covers */
                                package: {
                                    seq: number;
                                    recordedAt: string;
                                    window: {
                                        from: string;
                                        to: string;
                                    } | null;
                                } | null;
                                note: string | null;
                                /** @description where the API serves it: the population CSV over its window, or the attachment */
                                href: string | null;
                                linkedAt: string;
                                linkedBy: string;
                                /** @description unlinked: kept, no longer an answer */
                                removedAt: string | null;
                                removedBy: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/requests/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a request: link a population over a window, an attachment or a new file, an auditor package, or a note */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the auditor's id for the request, URL-encoded */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "population";
                        /** @enum {string} */
                        population: "hires" | "leavers" | "access-reviews" | "review-decisions" | "policy-approvals" | "policy-reviews" | "acknowledgements" | "occurrences" | "people" | "systems" | "assets";
                        /**
                         * Format: date
                         * @description without from and to: the audit window
                         */
                        from?: string;
                        /** Format: date */
                        to?: string;
                    } | {
                        /** @enum {string} */
                        kind: "attachment";
                        /** @description a stored attachment */
                        sha256: string;
                        fileName?: string;
                    } | {
                        /** @enum {string} */
                        kind: "file";
                        /** @description a new file, base64: stored as an attachment */
                        file: {
                            name: string;
                            contentBase64: string;
                        };
                    } | {
                        /** @enum {string} */
                        kind: "package";
                        /** @description the seq of its exports.package.created event */
                        seq: number;
                    } | {
                        /** @enum {string} */
                        kind: "note";
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            control: {
                                /** @description as the list writes it */
                                text: string;
                                /** @description the Groundwork controls it names (AC-06) */
                                controls: {
                                    id: string;
                                    title: string;
                                }[];
                                /** @description the Trust Services Criteria it names (CC6.2) */
                                criteria: {
                                    id: string;
                                    title: string;
                                }[];
                            } | null;
                            description: string;
                            dueOn: string;
                            /**
                             * @description computed: answered once anything is linked; overdue after the due date in the workspace time zone; open until then
                             * @enum {string}
                             */
                            status: "open" | "overdue" | "answered";
                            /** @description links that answer it */
                            answers: number;
                            addedAt: string;
                            addedBy: string;
                            /** @description when a re-imported list last changed it */
                            updatedAt: string | null;
                            updatedBy: string | null;
                            /** @description in the order they were made, removed ones included */
                            links: {
                                /** @description 1, 2, 3 … in the request; never reused */
                                number: number;
                                /** @enum {string} */
                                kind: "population" | "attachment" | "package" | "note";
                                population: {
                                    /** @enum {string} */
                                    kind: "hires" | "leavers" | "access-reviews" | "review-decisions" | "policy-approvals" | "policy-reviews" | "acknowledgements" | "occurrences" | "people" | "systems" | "assets";
                                    from: string;
                                    to: string;
                                } | null;
                                attachment: {
                                    sha256: string;
                                    fileName: string | null;
                                    contentType: string;
                                    sizeBytes: number;
                                } | null;
                                /** @description the exports.package.created event of the auditor package, and the window it covers */
                                package: {
                                    seq: number;
                                    recordedAt: string;
                                    window: {
                                        from: string;
                                        to: string;
                                    } | null;
                                } | null;
                                note: string | null;
                                /** @description where the API serves it: the population CSV over its window, or the attachment */
                                href: string | null;
                                linkedAt: string;
                                linkedBy: string;
                                /** @description unlinked: kept, no longer an answer */
                                removedAt: string | null;
                                removedBy: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/requests/{id}/links/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unlink evidence from a request; the link stays, marked removed */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the auditor's id for the request, URL-encoded */
                    id: string;
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            control: {
                                /** @description as the list writes it */
                                text: string;
                                /** @description the Groundwork controls it names (AC-06) */
                                controls: {
                                    id: string;
                                    title: string;
                                }[];
                                /** @description the Trust Services Criteria it names (CC6.2) */
                                criteria: {
                                    id: string;
                                    title: string;
                                }[];
                            } | null;
                            description: string;
                            dueOn: string;
                            /**
                             * @description computed: answered once anything is linked; overdue after the due date in the workspace time zone; open until then
                             * @enum {string}
                             */
                            status: "open" | "overdue" | "answered";
                            /** @description links that answer it */
                            answers: number;
                            addedAt: string;
                            addedBy: string;
                            /** @description when a re-imported list last changed it */
                            updatedAt: string | null;
                            updatedBy: string | null;
                            /** @description in the order they were made, removed ones included */
                            links: {
                                /** @description 1, 2, 3 … in the request; never reused */
                                number: number;
                                /** @enum {string} */
                                kind: "population" | "attachment" | "package" | "note";
                                population: {
                                    /** @enum {string} */
                                    kind: "hires" | "leavers" | "access-reviews" | "review-decisions" | "policy-approvals" | "policy-reviews" | "acknowledgements" | "occurrences" | "people" | "systems" | "assets";
                                    from: string;
                                    to: string;
                                } | null;
                                attachment: {
                                    sha256: string;
                                    fileName: string | null;
                                    contentType: string;
                                    sizeBytes: number;
                                } | null;
                                /** @description the exports.package.created event of the auditor package, and the window it covers */
                                package: {
                                    seq: number;
                                    recordedAt: string;
                                    window: {
                                        from: string;
                                        to: string;
                                    } | null;
                                } | null;
                                note: string | null;
                                /** @description where the API serves it: the population CSV over its window, or the attachment */
                                href: string | null;
                                linkedAt: string;
                                linkedBy: string;
                                /** @description unlinked: kept, no longer an answer */
                                removedAt: string | null;
                                removedBy: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/package.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The auditor package of a window, streamed as one ZIP: index.html, control matrix, populations, policies, the log’s slice, verify.mjs and manifest.json */
        get: {
            parameters: {
                query?: {
                    /** @description the first day of the window, YYYY-MM-DD, in the workspace time zone; with to, or neither for the audit window (else the twelve months to today) */
                    from?: string;
                    /** @description the last day of the window, included; today at the latest */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/populations/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One population of a window as CSV, exactly as the auditor package holds it: what an audit request links to */
        get: {
            parameters: {
                query?: {
                    /** @description the first day of the window, YYYY-MM-DD, in the workspace time zone; with to, or neither for the audit window (else the twelve months to today) */
                    from?: string;
                    /** @description the last day of the window, included; today at the latest */
                    to?: string;
                };
                header?: never;
                path: {
                    /** @description the population, as its file in the auditor package: hires.csv, leavers.csv, … */
                    file: "hires.csv" | "leavers.csv" | "access-reviews.csv" | "review-decisions.csv" | "policy-approvals.csv" | "policy-reviews.csv" | "acknowledgements.csv" | "occurrences.csv" | "people.csv" | "systems.csv" | "assets.csv";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
