package org.twintowns.openapi.merge;

/** One component of one contract, such as the {@code schemas/Problem} of {@code events}. */
record ComponentKey(String service, String type, String name) {

    @Override
    public String toString() {
        return service + ":" + type + "/" + name;
    }
}
