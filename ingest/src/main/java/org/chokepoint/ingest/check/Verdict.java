package org.chokepoint.ingest.check;

/** What checking a figure found. */
public enum Verdict {
    /** Another source, or another sentence of the article, gives the same value for the same fact. */
    CORROBORATED,
    /** Another source, or another sentence of the article, gives a different value for the same fact. */
    CONFLICTING,
    /** Nothing to compare with: the knowledge base and the article state nothing else about the fact. */
    NEW
}
