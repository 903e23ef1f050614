package org.yulu.system;

/** The JSON body of every API error. */
public record ApiError(int status, String error, String message, String path) {
}
