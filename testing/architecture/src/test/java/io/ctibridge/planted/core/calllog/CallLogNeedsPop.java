package io.ctibridge.planted.core.calllog;

import io.ctibridge.planted.core.pop.PopNeedsCallLog;

/** Breaks R2 with {@link PopNeedsCallLog}: core.calllog -> core.pop -> core.calllog. */
public class CallLogNeedsPop {
    public PopNeedsCallLog pop;
}
