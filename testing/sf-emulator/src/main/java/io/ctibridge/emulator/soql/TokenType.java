package io.ctibridge.emulator.soql;

/** Lexical categories shared by SOQL and the clauses of SOSL. */
public enum TokenType {
    IDENTIFIER,
    STRING,
    NUMBER,
    DATE,
    DATETIME,
    LPAREN,
    RPAREN,
    COMMA,
    EQ,
    NE,
    LT,
    GT,
    LE,
    GE,
    EOF
}
