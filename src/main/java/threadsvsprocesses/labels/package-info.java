/**
 * How the suite names things: {@link threadsvsprocesses.labels.Labelled}, the one rule that turns an enum constant
 * into the label used in parameters, files and charts. Depends on nothing of the suite; everything may use it.
 */
package threadsvsprocesses.labels;
