package eu.urbis.content;

/** Markdown nested deeper than {@link NestingDepth#MAX} levels: refused, as rendering it would recurse that deep. */
public final class NestingTooDeep extends IllegalArgumentException {
  NestingTooDeep() {
    super("nests quotes, lists or emphasis more than " + NestingDepth.MAX + " levels deep");
  }
}
