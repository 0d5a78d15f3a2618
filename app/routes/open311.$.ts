import type { ActionFunctionArgs, AppLoadContext, LoaderFunctionArgs } from "@remix-run/node";
import { handleOpen311, type Open311Context } from "../modules/open311/open311.server";
import { requestContext } from "../utils/request.server";

// Open311 GeoReport v2: /open311/discovery.{xml,json} and /open311/v2/… (the module parses the
// path and the .xml/.json format itself, and answers every error in that format).

function contextFor(request: Request, context: AppLoadContext) {
  return async (): Promise<Open311Context> => {
    const ctx = await requestContext(request, context);
    return { db: ctx.db, apiKeys: ctx.env.OPEN311_API_KEYS, today: ctx.today, cal: ctx.cal, secret: ctx.secret, baseUrl: ctx.baseUrl, ip: ctx.ip };
  };
}

export function loader({ request, context }: LoaderFunctionArgs) {
  return handleOpen311(request, contextFor(request, context));
}

export function action({ request, context }: ActionFunctionArgs) {
  return handleOpen311(request, contextFor(request, context));
}
