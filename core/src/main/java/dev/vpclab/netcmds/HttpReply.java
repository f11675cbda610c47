package dev.vpclab.netcmds;

/** What a web server answered: status line, content type and body. */
record HttpReply(int status, String reason, String contentType, String body) {

  static HttpReply text(String body) {
    return new HttpReply(200, "OK", "text/plain", body);
  }

  /**
   * The instance metadata service's error page, byte for byte as it serves its 404 (a real botocore
   * debug log quotes it, 339 bytes with the final newline); the same page with another status for
   * 401 and 403.
   */
  static HttpReply metadataError(int status, String reason) {
    String title = status + " - " + reason;
    return new HttpReply(
        status,
        reason,
        "text/html",
        "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n"
            + "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\"\n"
            + "\t\t \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
            + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\" lang=\"en\">\n"
            + " <head>\n"
            + "  <title>"
            + title
            + "</title>\n"
            + " </head>\n"
            + " <body>\n"
            + "  <h1>"
            + title
            + "</h1>\n"
            + " </body>\n"
            + "</html>\n");
  }

  boolean ok() {
    return status < 400;
  }
}
