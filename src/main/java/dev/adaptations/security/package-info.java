/**
 * Who may write: reads are public; mutations need a bearer token (hashed API tokens by default, a JWT
 * resource server by configuration) with the CURATOR or ADMIN role.
 */
@NullMarked
package dev.adaptations.security;

import org.jspecify.annotations.NullMarked;
