package io.ctibridge.core.config.store;

import io.ctibridge.core.config.Profile;

/** Gives a function the profile for a call. Never fails: a function must keep answering Connect. */
@FunctionalInterface
public interface ProfileReader {

    /** The profile of that name, or the best fallback there is; never {@code null}. */
    Profile get(String name);
}
