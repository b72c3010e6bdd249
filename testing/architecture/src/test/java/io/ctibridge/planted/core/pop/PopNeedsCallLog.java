package io.ctibridge.planted.core.pop;

import io.ctibridge.planted.core.calllog.CallLogNeedsPop;

/** Breaks R2 with {@link CallLogNeedsPop}: core.pop -> core.calllog -> core.pop. */
public class PopNeedsCallLog {
    public CallLogNeedsPop log;
}
