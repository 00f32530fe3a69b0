/**
 * The nightly publication bundle for the extranet (外网): versioned directories of static pages and
 * data written atomically, a pointer to the published one, and checksum manifests that a
 * stand-alone verifier checks on the extranet server (网页防篡改).
 */
package org.yangguang.disclosure.publication;
