package se.koordinera.access;

/** Implemented by every principal type (local account, OIDC user, bearer token) so features see one user type. */
public interface KoordineraPrincipal {
    KoordineraUser koordineraUser();
}
