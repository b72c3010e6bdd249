package io.ctibridge.cli.users;

/** Salesforce ids come in a 15-character case-sensitive form and an 18-character form with a checksum suffix. */
final class RecordIds {

    private RecordIds() {}

    static boolean same(String a, String b) {
        return a.length() >= 15 && b.length() >= 15 && a.substring(0, 15).equals(b.substring(0, 15));
    }
}
