import type { User } from 'lucia'
import { actsAsStaff, type RoleHolder } from '~/modules/auth/roles'
import { prisma } from '~/utils/db.server'
import { getMembership } from './profiles.server'
import { toSnapshot } from './snapshot'
import { isListed } from './listed.server'

/** Two organisations whose introduction was accepted see each other's contact details. */
async function hasAcceptedIntroduction(a: string, b: string) {
  const found = await prisma.introductionRequest.findFirst({
    where: {
      status: 'accepted',
      OR: [
        { fromOrganisationId: a, toOrganisationId: b },
        { fromOrganisationId: b, toOrganisationId: a },
      ],
    },
    select: { id: true },
  })
  return found !== null
}

/**
 * Who sees an organisation's profile (and its logo and documents): everyone signed in while it is listed;
 * its own members and staff whatever its state.
 */
export function mayViewProfile(
  organisation: { id: string; status: string; suspendedAt: Date | null },
  viewer: RoleHolder,
  viewerOrganisationId: string | undefined | null,
) {
  return isListed(organisation) || viewerOrganisationId === organisation.id || actsAsStaff(viewer)
}

/**
 * An organisation's page as this viewer may see it: approved ones for everyone signed in; any status
 * for its own members and for staff. Contact details only for its members and staff (other companies
 * see them once an introduction is accepted). Null when the viewer may not see it.
 */
export async function getProfileForViewer(slug: string, viewer: User) {
  const organisation = await prisma.organisation.findUnique({ where: { slug } })
  if (!organisation) return null
  const viewerOrganisationId = (await getMembership(viewer.id))?.organisation.id
  const ownMembership = viewerOrganisationId === organisation.id
  const staff = actsAsStaff(viewer)
  const listed = isListed(organisation)
  if (!mayViewProfile(organisation, viewer, viewerOrganisationId)) return null
  const profile = toSnapshot(organisation)
  const showContact =
    ownMembership ||
    staff ||
    (viewerOrganisationId !== undefined &&
      (await hasAcceptedIntroduction(viewerOrganisationId, organisation.id)))
  return {
    slug: organisation.slug,
    status: organisation.status,
    suspended: organisation.suspendedAt !== null,
    listed,
    organisationId: organisation.id,
    logoFileId: organisation.logoFileId,
    profile: showContact
      ? profile
      : { ...profile, contactName: null, contactEmail: null, contactPhone: null },
    showContact,
    ownMembership,
  }
}

/**
 * The current address of an organisation that was renamed away from `slug`, when the viewer may see it
 * there; null otherwise (so a former address tells no more than an unknown one).
 */
export async function renamedProfileSlug(slug: string, viewer: User) {
  const alias = await prisma.organisationSlugAlias.findUnique({
    where: { slug },
    select: { organisation: { select: { slug: true } } },
  })
  if (!alias) return null
  return (await getProfileForViewer(alias.organisation.slug, viewer)) ? alias.organisation.slug : null
}
