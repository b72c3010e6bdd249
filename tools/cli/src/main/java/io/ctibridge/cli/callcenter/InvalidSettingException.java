package io.ctibridge.cli.callcenter;

import java.util.Objects;

/** A call center setting Salesforce would refuse, named by its item in the definition file. */
public final class InvalidSettingException extends IllegalArgumentException {

    private final String item;
    private final String problem;

    /**
     * @param item    the definition file's item name, e.g. {@code reqSoftphoneHeight}
     * @param problem what is wrong and what would be right, e.g. "must be 240 to 2560 pixels, not 100"
     */
    public InvalidSettingException(String item, String problem) {
        super(item + " " + problem);
        this.item = Objects.requireNonNull(item, "item");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public String item() {
        return item;
    }

    public String problem() {
        return problem;
    }
}
