import { authGet, authPost } from "@/lib/server/auth/auth-handler";

export const GET = authGet;
export const POST = authPost;
