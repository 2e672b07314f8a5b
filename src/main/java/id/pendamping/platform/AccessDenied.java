package id.pendamping.platform;

/**
 * The caller may not do this or see this row. Application services throw it whatever the URL was,
 * so a changed id in a request is refused as firmly as a wrong page; web.xml maps it to the 403 page.
 */
public class AccessDenied extends RuntimeException {

    public AccessDenied(String what) {
        super(what);
    }
}
