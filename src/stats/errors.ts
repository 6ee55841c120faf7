/**
 * Data that a method cannot use (too few values, constant data, an empty group). The message says
 * what is missing in plain words; callers that face users turn it into an input error.
 */
export class InsufficientDataError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'InsufficientDataError';
  }
}

/** A computation whose size exceeds what the method does in reasonable time (the message says which limit). */
export class TooLargeError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'TooLargeError';
  }
}
