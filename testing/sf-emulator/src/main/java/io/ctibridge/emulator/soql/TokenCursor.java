package io.ctibridge.emulator.soql;

import io.ctibridge.emulator.error.QueryErrorMessage;
import io.ctibridge.emulator.error.SalesforceException;
import java.util.ArrayList;
import java.util.List;

/** A position in a token list, with the look-ahead and "expect" helpers a recursive-descent parser needs. */
public final class TokenCursor {
    private final String text;
    private final Lexer lexer;
    private final List<Token> tokens = new ArrayList<>();
    private final String errorCode;
    private int index;

    private TokenCursor(String text, Lexer lexer, String errorCode) {
        this.text = text;
        this.lexer = lexer;
        this.errorCode = errorCode;
    }

    /** Reads {@code text} from {@code start} (SOSL starts after its search term). */
    public static TokenCursor over(String text, int start, String errorCode) {
        return new TokenCursor(text, new Lexer(text, start, errorCode), errorCode);
    }

    public String text() {
        return text;
    }

    public Token peek() {
        return peek(0);
    }

    public Token peek(int ahead) {
        while (tokens.size() <= index + ahead && !endReached()) {
            tokens.add(lexer.nextToken());
        }
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    private boolean endReached() {
        return !tokens.isEmpty() && tokens.getLast().type() == TokenType.EOF;
    }

    public Token next() {
        Token token = peek();
        if (token.type() != TokenType.EOF) {
            index++;
        }
        return token;
    }

    public boolean at(TokenType type) {
        return peek().type() == type;
    }

    public boolean atKeyword(String keyword) {
        return peek().isKeyword(keyword);
    }

    public boolean acceptKeyword(String keyword) {
        if (atKeyword(keyword)) {
            index++;
            return true;
        }
        return false;
    }

    public boolean accept(TokenType type) {
        if (at(type)) {
            next();
            return true;
        }
        return false;
    }

    public Token expectKeyword(String keyword) {
        if (!atKeyword(keyword)) {
            throw unexpected(peek());
        }
        return next();
    }

    public Token expect(TokenType type) {
        if (!at(type)) {
            throw unexpected(peek());
        }
        return next();
    }

    public void expectEnd() {
        if (!at(TokenType.EOF)) {
            throw unexpected(peek());
        }
    }

    public SalesforceException unexpected(Token token) {
        return error(token.position(), "unexpected token: " + token.describe());
    }

    public SalesforceException error(int position, String detail) {
        return QueryErrorMessage.error(errorCode, text, position, detail);
    }
}
