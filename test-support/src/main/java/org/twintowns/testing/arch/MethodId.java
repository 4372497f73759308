package org.twintowns.testing.arch;

/** A method: internal class name, name and descriptor; shown as {@code Class.method}. */
record MethodId(String owner, String name, String descriptor) {

    @Override
    public String toString() {
        return owner.substring(owner.lastIndexOf('/') + 1) + "." + name;
    }
}
