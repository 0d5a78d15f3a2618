/** A rule of the domain said no. One place (the route helpers) maps these to HTTP statuses. */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 403 | 404 | 409,
    readonly code: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The record does not exist, or belongs to another agency (which must look the same: 404). */
export class NotFound extends DomainError {
  constructor(message = "not found") {
    super(message, 404, "not_found");
  }
}

/** The action is not allowed in the current status. */
export class InvalidTransition extends DomainError {
  constructor(
    readonly action: string,
    readonly from: string,
    message = `"${action}" is not allowed while the petition is ${from}`,
  ) {
    super(message, 409, "invalid_transition");
  }
}
