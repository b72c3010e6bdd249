package io.ctibridge.emulator.sosl;

import io.ctibridge.emulator.error.QueryErrorMessage;
import io.ctibridge.emulator.error.SalesforceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses the search term language shared by SOSL's {@code FIND {...}} and parameterizedSearch's {@code q}:
 * words, "quoted phrases", wildcards {@code *} and {@code ?}, parentheses, AND, OR, AND NOT (case-insensitive).
 * Adjacent words without an operator are ANDed.
 *
 * <p>A backslash makes the next character literal. The reserved characters {@code & | ! { } [ ] ^ ~ : ' + - "}
 * are rejected with MALFORMED_SEARCH when unescaped outside their roles, so a client that forgets to escape
 * caller input is caught (Salesforce would either reject the term or silently search something else).
 * Inside a quoted phrase only {@code "} and {@code \} are special.
 */
public final class SearchTermParser {
    public static final String MALFORMED_SEARCH = "MALFORMED_SEARCH";
    private static final String RESERVED = "&|!{}[]^~:'+-\"";
    private static final String TOKEN_CHAR = "[\\p{L}\\p{N}]";

    private final String text;
    private final int start;
    private final int end;
    private int pos;
    private List<Item> items;
    private int index;

    private SearchTermParser(String text, int start, int end) {
        this.text = text;
        this.start = start;
        this.pos = start;
        this.end = end;
    }

    /** Parses {@code text[start, end)}; positions in errors refer to the whole {@code text}. */
    public static SearchExpr parse(String text, int start, int end) {
        return new SearchTermParser(text, start, end).parse();
    }

    public static SearchExpr parse(String term) {
        return parse(term, 0, term.length());
    }

    private sealed interface Item {
        int position();
    }

    private record Operator(String name, int position) implements Item {}

    private record Paren(boolean open, int position) implements Item {}

    /** A word or phrase as characters, each either literal or a wildcard ({@code *} or {@code ?}). */
    private record Term(List<Character> chars, List<Boolean> wildcard, int position) implements Item {}

    private SearchExpr parse() {
        items = lex();
        long literalChars = items.stream()
                .filter(i -> i instanceof Term)
                .map(i -> (Term) i)
                .mapToLong(t -> countLiteralLettersAndDigits(t))
                .sum();
        if (literalChars < 2) {
            throw error(
                    start,
                    "search term must be longer than one character: "
                            + text.substring(start, end).strip());
        }
        SearchExpr expr = orExpr();
        if (index < items.size()) {
            throw error(items.get(index).position(), "unexpected token in search term");
        }
        return expr;
    }

    private static long countLiteralLettersAndDigits(Term term) {
        long n = 0;
        for (int i = 0; i < term.chars().size(); i++) {
            if (!term.wildcard().get(i)
                    && Character.isLetterOrDigit(term.chars().get(i))) {
                n++;
            }
        }
        return n;
    }

    // ---- grammar: or := and (OR and)* ; and := words ((AND [NOT] | NOT) words)* ; words := term+ | primary ;
    //      primary := ( or ) | term

    private SearchExpr orExpr() {
        SearchExpr left = andExpr();
        while (atOperator("OR")) {
            index++;
            left = new SearchExpr.Or(left, andExpr());
        }
        return left;
    }

    private SearchExpr andExpr() {
        SearchExpr left = adjacentWords();
        while (index < items.size()) {
            Item item = items.get(index);
            if (item instanceof Paren paren && !paren.open() || atOperator("OR")) {
                return left;
            }
            boolean negate = false;
            if (atOperator("AND")) {
                index++;
                negate = acceptOperator("NOT");
            } else if (atOperator("NOT")) {
                index++;
                negate = true;
            }
            SearchExpr right = adjacentWords();
            left = negate ? new SearchExpr.AndNot(left, right) : new SearchExpr.And(left, right);
        }
        return left;
    }

    /** A primary, or a run of words with no operator between them (see {@link SearchExpr.Adjacent}). */
    private SearchExpr adjacentWords() {
        if (index >= items.size() || !(items.get(index) instanceof Term)) {
            return primary();
        }
        List<Term> run = new ArrayList<>();
        while (index < items.size() && items.get(index) instanceof Term term) {
            run.add(term);
            index++;
        }
        if (run.size() == 1) {
            return leaf(run.getFirst());
        }
        List<SearchExpr.Leaf> words = run.stream()
                .map(SearchTermParser::leaf)
                .filter(w -> !w.tokens().isEmpty())
                .toList();
        return new SearchExpr.Adjacent(words, leaf(joined(run)));
    }

    private static Term joined(List<Term> run) {
        List<Character> chars = new ArrayList<>();
        List<Boolean> wildcard = new ArrayList<>();
        for (Term term : run) {
            if (!chars.isEmpty()) {
                chars.add(' ');
                wildcard.add(false);
            }
            chars.addAll(term.chars());
            wildcard.addAll(term.wildcard());
        }
        return new Term(chars, wildcard, run.getFirst().position());
    }

    private SearchExpr primary() {
        if (index >= items.size()) {
            throw error(end, "search term ends where a word was expected");
        }
        Item item = items.get(index++);
        return switch (item) {
            case Paren paren
            when paren.open() -> {
                SearchExpr inner = orExpr();
                if (index >= items.size() || !(items.get(index) instanceof Paren close) || close.open()) {
                    throw error(index < items.size() ? items.get(index).position() : end, "missing ')'");
                }
                index++;
                yield inner;
            }
            case Term term -> leaf(term);
            default -> throw error(item.position(), "unexpected token in search term");
        };
    }

    private boolean atOperator(String name) {
        return index < items.size()
                && items.get(index) instanceof Operator op
                && op.name().equals(name);
    }

    private boolean acceptOperator(String name) {
        if (atOperator(name)) {
            index++;
            return true;
        }
        return false;
    }

    // ---- lexing

    private List<Item> lex() {
        List<Item> out = new ArrayList<>();
        while (true) {
            while (pos < end && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (pos >= end) {
                return out;
            }
            char c = text.charAt(pos);
            if (c == '(' || c == ')') {
                out.add(new Paren(c == '(', pos++));
            } else if (c == '"') {
                out.add(phrase());
            } else {
                out.add(word());
            }
        }
    }

    private Term phrase() {
        int at = pos++;
        List<Character> chars = new ArrayList<>();
        while (pos < end) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return new Term(chars, falses(chars.size()), at);
            }
            if (c == '\\') {
                if (pos >= end) {
                    break;
                }
                c = text.charAt(pos++);
            }
            chars.add(c);
        }
        throw error(at, "unterminated quoted phrase in search term");
    }

    private Item word() {
        int at = pos;
        List<Character> chars = new ArrayList<>();
        List<Boolean> wildcard = new ArrayList<>();
        boolean plain = true;
        while (pos < end) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c) || c == '(' || c == ')') {
                break;
            }
            pos++;
            if (c == '\\') {
                if (pos >= end) {
                    throw error(pos - 1, "search term ends with an escape character");
                }
                chars.add(text.charAt(pos++));
                wildcard.add(false);
                plain = false;
            } else if (c == '*' || c == '?') {
                chars.add(c);
                wildcard.add(true);
                plain = false;
            } else if (RESERVED.indexOf(c) >= 0) {
                throw error(
                        pos - 1,
                        "unescaped reserved character '" + c + "' in search term;" + " escape it with a backslash");
            } else {
                chars.add(c);
                wildcard.add(false);
            }
        }
        String word = join(chars);
        if (plain && (word.equalsIgnoreCase("AND") || word.equalsIgnoreCase("OR") || word.equalsIgnoreCase("NOT"))) {
            return new Operator(word.toUpperCase(Locale.ROOT), at);
        }
        return new Term(chars, wildcard, at);
    }

    // ---- leaves

    private static SearchExpr.Leaf leaf(Term term) {
        List<Pattern> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        StringBuilder digits = new StringBuilder();
        boolean anyDigit = false;
        for (int i = 0; i < term.chars().size(); i++) {
            char c = term.chars().get(i);
            if (term.wildcard().get(i)) {
                token.append(c == '*' ? TOKEN_CHAR + "*" : TOKEN_CHAR);
                digits.append(c == '*' ? "\\d*" : "\\d");
            } else if (Character.isLetterOrDigit(c)) {
                token.append(Pattern.quote(String.valueOf(c)));
                if (Character.isDigit(c)) {
                    digits.append(c);
                    anyDigit = true;
                }
            } else {
                // Punctuation and spaces separate tokens, as the search index splits field values.
                flush(token, tokens);
            }
        }
        flush(token, tokens);
        Optional<Pattern> phone = anyDigit ? Optional.of(Pattern.compile(digits.toString())) : Optional.empty();
        return new SearchExpr.Leaf(join(term.chars()), tokens, phone);
    }

    private static void flush(StringBuilder token, List<Pattern> tokens) {
        if (!token.isEmpty()) {
            tokens.add(Pattern.compile(token.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            token.setLength(0);
        }
    }

    private static String join(List<Character> chars) {
        StringBuilder s = new StringBuilder();
        chars.forEach(s::append);
        return s.toString();
    }

    private static List<Boolean> falses(int n) {
        List<Boolean> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(false);
        }
        return out;
    }

    private SalesforceException error(int at, String detail) {
        return QueryErrorMessage.error(MALFORMED_SEARCH, text, at, detail);
    }
}
