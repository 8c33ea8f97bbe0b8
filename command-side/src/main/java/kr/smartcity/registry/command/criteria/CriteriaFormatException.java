package kr.smartcity.registry.command.criteria;

/** A criteria file that cannot be trusted: the message names the file and line of the fault. */
public class CriteriaFormatException extends RuntimeException {

    private final int lineNumber;

    public CriteriaFormatException(String source, int lineNumber, String problem) {
        super(source + " line " + lineNumber + ": " + problem);
        this.lineNumber = lineNumber;
    }

    public int lineNumber() {
        return lineNumber;
    }
}
