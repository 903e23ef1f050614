/**
 * What every page and API shares: settings, paging, errors, security and caching headers, public URLs and the
 * OpenAPI title. It knows nothing of quotes.
 */
package org.yulu.system;
