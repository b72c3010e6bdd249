package io.ctibridge.reliability;

/**
 * An edit of a genuine pop token.
 *
 * @param kind     what is done at {@code position} (taken modulo the token's length)
 * @param position where
 * @param character the character put in, for the kinds that put one in
 */
public record TokenMutation(Kind kind, int position, char character) {

    public enum Kind {
        REPLACE,
        INSERT,
        DELETE,
        SWAP_HALVES,
        TRUNCATE,
        APPEND
    }

    /** The edited token; never equal to {@code token} (a replacement by the same character changes another one). */
    public String apply(String token) {
        int at = Math.floorMod(position, token.length());
        String edited = switch (kind) {
            case REPLACE -> token.substring(0, at) + replacement(token.charAt(at)) + token.substring(at + 1);
            case INSERT -> token.substring(0, at) + character + token.substring(at);
            case DELETE -> token.substring(0, at) + token.substring(at + 1);
            case SWAP_HALVES -> {
                int dot = token.indexOf('.');
                yield dot < 0 ? token + character : token.substring(dot + 1) + "." + token.substring(0, dot);
            }
            case TRUNCATE -> token.substring(0, at);
            case APPEND -> token + character;
        };
        return edited.equals(token) ? token + "A" : edited;
    }

    private char replacement(char original) {
        return character == original ? (char) (original ^ 1) : character;
    }
}
