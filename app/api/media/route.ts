import { searchMediaRequest, uploadMediaRequest } from "@/lib/media/requests";

// The newsroom's media library for its client islands: search (GET) and upload (POST).
export const GET = (request: Request) => searchMediaRequest(request);
export const POST = (request: Request) => uploadMediaRequest(request);
